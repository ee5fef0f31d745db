// Everyone the demo region names (its people, and whoever its year's picture mentions): the tenant
// directory they must be in before the site can ensure them, as on a real tenant.
import { demoPeople, demoRegion2023, demoWholeRegion2023 } from '../../src/domain';
import type { Person, YearPicture } from '../../src/domain/model';

export interface DirectoryEntry { login: string; title: string; email?: string }

export function peopleOf(picture: YearPicture): Person[] {
  return [
    ...picture.orgUnits.flatMap((unit) => (unit.head ? [unit.head] : [])),
    ...picture.allocations.map((allocation) => allocation.allocatedBy),
    ...picture.activities.flatMap((activity) => (activity.responsible ? [activity.responsible] : [])),
    ...picture.followUps.flatMap((followUp) => (followUp.updatedBy ? [followUp.updatedBy] : []))
  ];
}

export function directoryOf(people: readonly Person[]): DirectoryEntry[] {
  const byLogin = new Map<string, DirectoryEntry>();
  for (const person of people) {
    if (person.login && !byLogin.has(person.login.toLowerCase())) {
      byLogin.set(person.login.toLowerCase(), { login: person.login, title: person.name, email: person.email });
    }
  }
  return [...byLogin.values()];
}

export const demoDirectory: readonly DirectoryEntry[] = directoryOf([...demoPeople, ...peopleOf(demoRegion2023)]);

/** The region of three förvaltningar: the demo's people and the other förvaltningar's heads. */
export const wholeRegionDirectory: readonly DirectoryEntry[] = directoryOf([...demoPeople, ...peopleOf(demoWholeRegion2023)]);
