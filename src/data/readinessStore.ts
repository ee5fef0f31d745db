// Klarmarkeringar as SharePoint holds them. An event is an item in the folder of its part
// (places.ts, readinessFolder): that folder, not the item's unit column, is what SharePoint held,
// so an event counts only where it sits in its own part's folder (or in the list's root, where only
// the regional staff and site owners write). A head could otherwise write an item naming another
// unit in their own folder, or make a folder `enh-99` inside theirs.
import type { ReadinessEvent } from '../domain/readiness/readiness';
import { periodFolderName } from './periodFolders';
import { folderFor, type PlacedUnit } from './places';

/** Whether an event read from `folder` (server-relative) sits where its part's events are written. */
export function heldBySharePoint(event: ReadinessEvent, folder: string, listRoot: string, byId: ReadonlyMap<number, PlacedUnit>): boolean {
  const at = folder.replace(/\/$/, '').toLowerCase();
  if (at === listRoot.toLowerCase()) return true;
  const own = folderFor('readiness', event.orgUnitId, byId, event.period);
  return own !== undefined && at === `${listRoot}/${own}`.toLowerCase() && own.toLowerCase().includes(`/${periodFolderName(event.period)}`);
}
