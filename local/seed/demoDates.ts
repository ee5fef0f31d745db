// SharePoint records who made an item and when (Author, Created, Editor, Modified) at the moment it
// is written, so a seed run in 2026 would show a 2023 follow-up as saved in 2026. A migration keeps
// the original record with ValidateUpdateListItem, which may set those system fields; the form
// values are the site's wall clock in its locale (Swedish: `2023-08-25 12:00`), read from its time zone.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/regional-settings/web';
import type { Person, YearPicture } from '../../src/domain/model';
import { lists } from '../../src/data/schema';
import { siteTimeZoneById } from '../emulator/timeZones';
import type { ImportedIds } from './importPicture';

type FormValues = Array<{ FieldName: string; FieldValue: string }>;

function wallClockFormat(iana: string): (instant: string) => string {
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: iana, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'
  });
  return (instant) => format.format(new Date(instant));
}

const claim = (person: Person): string => JSON.stringify([{ Key: `i:0#.f|membership|${person.login}` }]);

function stamp(at: string, by: Person | undefined, wallClock: (instant: string) => string): FormValues {
  const when = wallClock(at);
  const values: FormValues = [{ FieldName: 'Created', FieldValue: when }, { FieldName: 'Modified', FieldValue: when }];
  if (by?.login) values.push({ FieldName: 'Author', FieldValue: claim(by) }, { FieldName: 'Editor', FieldValue: claim(by) });
  return values;
}

/** Sets each allocation's and follow-up's who and when to the picture's; refuses loudly if SharePoint refuses one. */
export async function keepPictureDates(sp: SPFI, webServerRelativeUrl: string, picture: YearPicture, ids: ImportedIds): Promise<void> {
  const zone = await sp.web.regionalSettings.timeZone();
  const wallClock = wallClockFormat(siteTimeZoneById(zone.Id).iana);
  const web = webServerRelativeUrl.replace(/\/$/, '');
  const write = async (url: string, id: number | undefined, values: FormValues): Promise<void> => {
    if (id === undefined) return;
    const answer = await sp.web.getList(`${web}/${url}`).items.getById(id).validateUpdateListItem(values, true);
    const refused = answer.filter((field) => field.HasException);
    if (refused.length > 0) throw new Error(`Demo seed: SharePoint refused ${refused.map((field) => `${field.FieldName} (${field.ErrorMessage})`).join(', ')}`);
  };
  for (const allocation of picture.allocations) {
    await write(lists.allocations.url, ids.allocations.get(allocation.id), stamp(allocation.allocatedAt, allocation.allocatedBy, wallClock));
  }
  for (const followUp of picture.followUps) {
    if (followUp.updatedAt === undefined) continue;
    await write(lists.followUps.url, ids.followUps.get(followUp.id), stamp(followUp.updatedAt, followUp.updatedBy, wallClock));
  }
}
