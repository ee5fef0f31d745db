// The region's paragraph, before each förvaltning's own: how many förvaltningar have allocated,
// have activities and have followed them up. Correct for any figures, as the förvaltning's text is.

import type { RegionSummary } from '../summary/regionSummary';
import { fewEnoughToName, listNames } from './nameList';
import { capitalise, englishNumber, swedishNumber } from './numberWords';
import type { ReportLocale } from './reportLocale';

export function regionReportText(region: RegionSummary, locale: ReportLocale): string {
  return locale === 'sv-SE' ? regionTextSv(region) : regionTextEn(region);
}

const allocatingNames = (region: RegionSummary): string[] =>
  region.forvaltningar.filter((summary) => summary.totals.departments > summary.totals.departmentsWithoutGoals).map((summary) => summary.organisationName);

function regionTextSv(region: RegionSummary): string {
  const { totals } = region;
  const n = (count: number): string => swedishNumber(count, 'utrum');
  const forvaltningar = (count: number): string => `${n(count)} ${count === 1 ? 'förvaltning' : 'förvaltningar'}`;
  const first = `Regionen har ${forvaltningar(totals.forvaltningar)} med sammanlagt ${n(totals.departments)} ${totals.departments === 1 ? 'avdelning' : 'avdelningar'}.`;
  const names = allocatingNames(region);
  const allocated = totals.forvaltningarWithAllocations === 0
    ? 'Ingen förvaltning har ännu fördelat miljömål till sina avdelningar.'
    : totals.forvaltningarWithAllocations === totals.forvaltningar
      ? `${totals.forvaltningar === 1 ? 'Förvaltningen' : 'Alla förvaltningar'} har fördelat miljömål till sina avdelningar.`
      : `${capitalise(n(totals.forvaltningarWithAllocations))} av ${forvaltningar(totals.forvaltningar)}${fewEnoughToName(names) ? ` (${listNames(names, 'och')})` : ''} har fördelat miljömål till sina avdelningar.`;
  if (totals.activities === 0) return [first, allocated, 'Inga aktiviteter har registrerats.'].join(' ');
  const activities = `Sammanlagt har ${n(totals.activities)} ${totals.activities === 1 ? 'aktivitet' : 'aktiviteter'} registrerats i ${forvaltningar(totals.forvaltningarWithActivity)}`;
  const { activitiesDue: due, activitiesFollowedUp: done } = totals.followUp;
  const followUp = due === 0 ? '.'
    : done === 0 ? `, men ingen av ${due === 1 ? 'den' : `de ${n(due)}`} som ska följas upp har följts upp ännu.`
      : done === due ? `, och ${due === 1 ? 'den' : `alla ${n(due)}`} som ska följas upp har följts upp.`
        : `, och ${n(done)} av ${n(due)} som ska följas upp har följts upp.`;
  return [first, allocated, activities + followUp].join(' ');
}

function regionTextEn(region: RegionSummary): string {
  const { totals } = region;
  const n = englishNumber;
  const plural = (count: number, one: string, many: string): string => `${n(count)} ${count === 1 ? one : many}`;
  const first = `The region has ${plural(totals.forvaltningar, 'administration', 'administrations')} with ${plural(totals.departments, 'department', 'departments')} in all.`;
  const names = allocatingNames(region);
  const allocated = totals.forvaltningarWithAllocations === 0
    ? 'No administration has allocated environmental goals to its departments yet.'
    : totals.forvaltningarWithAllocations === totals.forvaltningar
      ? totals.forvaltningar === 1 ? 'The administration has allocated environmental goals to its departments.' : 'All administrations have allocated environmental goals to their departments.'
      : `${capitalise(n(totals.forvaltningarWithAllocations))} of ${plural(totals.forvaltningar, 'administration', 'administrations')}${fewEnoughToName(names) ? ` (${listNames(names, 'and')})` : ''} ${totals.forvaltningarWithAllocations === 1 ? 'has' : 'have'} allocated environmental goals to their departments.`;
  if (totals.activities === 0) return [first, allocated, 'No activities have been registered.'].join(' ');
  const activities = `In all, ${plural(totals.activities, 'activity has', 'activities have')} been registered in ${plural(totals.forvaltningarWithActivity, 'administration', 'administrations')}`;
  const { activitiesDue: due, activitiesFollowedUp: done } = totals.followUp;
  const followUp = due === 0 ? '.'
    : done === 0 ? `, but none of the ${n(due)} due for follow-up has been followed up yet.`
      : done === due ? `, and ${due === 1 ? 'the one' : `all ${n(due)}`} due for follow-up ${due === 1 ? 'has' : 'have'} been followed up.`
        : `, and ${n(done)} of the ${n(due)} due for follow-up ${done === 1 ? 'has' : 'have'} been followed up.`;
  return [first, allocated, activities + followUp].join(' ');
}
