// EXAMPLE DATA: the people of the demo region, for a local workbench to switch between users.

import type { Person } from '../model';
import { demoOrgUnits, demoPerson } from './demoOrganisation';

/** Keeps the goals and organisation up to date and allocates goals to departments. */
export const demoMiljostrateg: Person = demoPerson('Kristina Norén', 'miljostrateg');

/** Heads nothing and is not regional staff: can read everything and change nothing. */
export const demoReader: Person = demoPerson('David Sundqvist', 'medarbetare');

/** Whom the data layer would find in the regional staff's SharePoint group. */
export const demoRegionalStaffLogins: readonly string[] = [demoMiljostrateg.login];

const heads: Person[] = demoOrgUnits.flatMap((unit) => (unit.head === undefined ? [] : [unit.head]));

/** Regional staff first, then the heads top-down (förvaltning, departments, units), then the reader. */
export const demoPeople: readonly Person[] = [demoMiljostrateg, ...heads, demoReader];
