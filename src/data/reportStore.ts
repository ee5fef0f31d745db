// Fastställda reports in the reports list: a report's JSON in parts (a Note column holds 63,999
// characters, a large region's gaps far more), and each part locked once it is added, so that
// SharePoint itself refuses every later change. The lock breaks the item's inheritance and gives
// the role groups, members and visitors Read and the site's owners Full Control: the list's
// permissions (the regional staff's Full Control there included) then no longer reach the item.
import type { IItem } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security/item';
import type { FrozenReport, FrozenReportDraft } from '../domain/report/frozenReport';
import { isForbidden } from './errors';
import type { Item } from './listFields';
import { maxMultiLineLength } from '../domain/rules/limits';
import { projections } from './mapping';
import { eq } from './odata';
import { roleDefinitionIds } from './roles';
import type { ReportPart } from './schema';

/** A part's length: under the column's limit, whatever a character's encoding. */
export const reportPartLength = maxMultiLineLength - 999;

/** The text in parts of at most `size` UTF-16 units, never between the two halves of a surrogate pair. */
export function splitIntoParts(text: string, size: number = reportPartLength): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length === 0 ? [''] : parts;
}

/** The items a draft becomes: its JSON without who and when, which SharePoint records itself. */
export function reportParts(draft: FrozenReportDraft): Array<Omit<ReportPart, 'id'>> {
  const { frozenBy, frozenAt, ...content } = draft;
  const texts = splitIntoParts(JSON.stringify(content));
  return texts.map((data, part) => ({
    year: draft.year, periodKind: draft.period.kind, version: draft.version, part, parts: texts.length, data, frozenBy, frozenAt
  }));
}

/**
 * The report its parts make, or undefined while one is missing or not yet locked (a freeze that
 * stopped half-way: the next try of the same version completes it). Who and when are the first
 * part's, as SharePoint recorded its creation.
 */
export function reportFromParts(parts: ReadonlyArray<ReportPart & { locked: boolean }>): FrozenReport | undefined {
  const ordered = [...parts].sort((a, b) => a.part - b.part);
  const first = ordered[0];
  if (first === undefined || ordered.length !== first.parts || ordered.some((part, index) => part.part !== index || !part.locked)) return undefined;
  try {
    const content = JSON.parse(ordered.map((part) => part.data).join('')) as Omit<FrozenReport, 'id' | 'frozenBy' | 'frozenAt'>;
    // Reports fastställda before activities could be highlighted hold none.
    const summary = { ...content.summary, highlights: content.summary.highlights ?? [] };
    return { ...content, summary, id: first.id, frozenBy: first.frozenBy, frozenAt: first.frozenAt };
  } catch {
    // Someone with Full Control on the site wrote into a part by hand: it is no longer what was fastställd.
    return undefined;
  }
}

/** The year's whole reports, in the order they were fastställda. */
export async function readReports(list: IList, year: number, toPart: (item: Item) => ReportPart): Promise<FrozenReport[]> {
  const projection = projections.reports;
  const items: Item[] = await list.items.select(...projection.select, 'HasUniqueRoleAssignments').expand(...projection.expand)
    .filter(eq('MiljoYear', year)).orderBy('Id').top(5000)();
  const byVersion = new Map<string, Array<ReportPart & { locked: boolean }>>();
  for (const item of items) {
    const part = { ...toPart(item), locked: item.HasUniqueRoleAssignments === true };
    const key = `${part.periodKind}-${part.version}`;
    byVersion.set(key, [...(byVersion.get(key) ?? []), part]);
  }
  return Array.from(byVersion.values()).map(reportFromParts).filter((report): report is FrozenReport => report !== undefined)
    .sort((a, b) => a.id - b.id);
}

/** Who keeps what on a locked report; `caller` loses the Full Control breaking inheritance gave them. */
export interface LockPrincipals {
  readers: number[];
  owners: number[];
  caller: number;
}

/**
 * Locks one part. Breaking inheritance without copying leaves the caller Full Control; taking it
 * away is the last step, after which the caller cannot change the item, nor its permissions. A
 * part already locked by an earlier try refuses the caller everything but reading: that is done.
 */
export async function lockReportItem(item: IItem, principals: LockPrincipals): Promise<void> {
  const { HasUniqueRoleAssignments: unique } = await item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  try {
    if (!unique) await item.breakRoleInheritance(false, true);
    for (const owner of principals.owners) await item.roleAssignments.add(owner, roleDefinitionIds.fullControl);
    for (const reader of principals.readers) await item.roleAssignments.add(reader, roleDefinitionIds.read);
    if (!principals.owners.includes(principals.caller)) await item.roleAssignments.remove(principals.caller, roleDefinitionIds.fullControl);
  } catch (error) {
    if (unique && isForbidden(error)) return;
    throw error;
  }
}
