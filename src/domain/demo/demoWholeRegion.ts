// EXAMPLE DATA, not a real region: the demo's Regionstyrelsens förvaltning and two more förvaltningar
// under their nämnder, as a region with several would have them on one site. Hälso- och sjukvården
// has a förvaltningsmål of its own; Kollektivtrafiken has allocated nothing yet, so the region's
// summary has a förvaltning that has not started. Ids from 2000 up, clear of the demo's.

import type { Activity, Allocation, FollowUp, Goal, OrgUnit, YearPicture } from '../model';
import { demoPerson } from './demoOrganisation';
import { demoMiljostrateg } from './demoPeople';
import { demoFollowUpPeriod, demoRegion2023, demoYear } from './demoRegion2023';

export const demoHealthCareId = 2000;
export const demoTransitId = 3000;

const administration = (id: number, name: string, shortName: string, headName: string, headLogin: string): OrgUnit =>
  ({ id, name, shortName, level: 'forvaltning', head: demoPerson(headName, headLogin) });
const department = (id: number, parentId: number, name: string, headName: string, headLogin: string): OrgUnit =>
  ({ id, name, level: 'avdelning', parentId, head: demoPerson(headName, headLogin) });
const unit = (id: number, parentId: number, name: string, headName: string, headLogin: string): OrgUnit =>
  ({ id, name, level: 'enhet', parentId, head: demoPerson(headName, headLogin) });

const extraUnits: readonly OrgUnit[] = [
  administration(demoHealthCareId, 'Hälso- och sjukvårdsförvaltningen', 'Hälso- och sjukvården', 'Karin Lundgren', 'hsdirektor'),
  department(2010, demoHealthCareId, 'Akutsjukvården', 'Johan Ek', 'avdchef.akutsjukvarden'),
  unit(2011, 2010, 'Akutmottagningen', 'Lina Holm', 'enhchef.akutmottagningen'),
  unit(2012, 2010, 'Ambulanssjukvården', 'Per Nyström', 'enhchef.ambulans'),
  department(2020, demoHealthCareId, 'Primärvården', 'Maria Sjöberg', 'avdchef.primarvarden'),
  unit(2021, 2020, 'Vårdcentralen Norr', 'Emil Dahl', 'enhchef.vcnorr'),
  administration(demoTransitId, 'Kollektivtrafikförvaltningen', 'Kollektivtrafiken', 'Ola Berg', 'ktdirektor'),
  department(3010, demoTransitId, 'Trafikplanering', 'Sofia Lind', 'avdchef.trafikplanering'),
  unit(3011, 3010, 'Linjeplanering', 'Nils Åberg', 'enhchef.linjeplanering')
];

/** The förvaltningsmål: Hälso- och sjukvården's own, counted there only. */
const ownGoal: Goal = {
  id: 2001, year: demoYear, code: 'HS1', title: 'Minskad klimatpåverkan från anestesigaser',
  description: 'Utsläppen av lustgas och desfluran i vården ska minska.',
  indicator: 'Utsläpp av anestesigaser, ton CO2e', measuredRegionWide: false, forvaltningId: demoHealthCareId
};

const allocation = (id: number, goalId: number, orgUnitId: number, agreedWithUnitHead = true): Allocation =>
  ({ id, goalId, orgUnitId, allocatedBy: demoMiljostrateg, allocatedAt: '2023-03-01T09:00:00Z', agreedWithUnitHead });
const [resor, energi, avfall] = demoRegion2023.goals.map((goal) => goal.id);

const extraAllocations: readonly Allocation[] = [
  allocation(2101, energi, 2010), allocation(2102, avfall, 2010), allocation(2103, ownGoal.id, 2010),
  allocation(2104, energi, 2011), allocation(2105, ownGoal.id, 2012, false),
  allocation(2106, resor, 2020)
];

const activity = (id: number, allocationId: number, title: string, startDate: string): Activity =>
  ({ id, allocationId, title, description: '', status: 'pagaende', startDate });

const extraActivities: readonly Activity[] = [
  activity(2201, 2104, 'Energieffektiv belysning på akutmottagningen', '2023-02-01'),
  activity(2202, 2105, 'Destruktion av lustgas i ambulanserna', '2023-03-01'),
  activity(2203, 2106, 'Digitala vårdbesök i stället för resor', '2023-01-15')
];

const extraFollowUps: readonly FollowUp[] = [
  { id: 2301, activityId: 2201, period: demoFollowUpPeriod, grade: 'genomford', comment: 'All belysning är utbytt.' },
  { id: 2302, activityId: 2203, period: demoFollowUpPeriod, grade: 'paborjadMerAnHalften', comment: 'Var tredje återbesök är digitalt.' }
];

/** The demo year for a region of three förvaltningar. */
export const demoWholeRegion2023: YearPicture = {
  ...demoRegion2023,
  goals: [...demoRegion2023.goals, ownGoal],
  orgUnits: [...demoRegion2023.orgUnits, ...extraUnits],
  allocations: [...demoRegion2023.allocations, ...extraAllocations],
  activities: [...demoRegion2023.activities, ...extraActivities],
  followUps: [...demoRegion2023.followUps, ...extraFollowUps]
};
