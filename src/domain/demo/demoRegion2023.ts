// EXAMPLE DATA, not real records: the region of the 2023 board paper "Uppföljning av aktiviteter
// kopplade till miljömål". It reproduces the paper's figures exactly: all nine departments hold
// three or four of the four goals; only Regionservice has allocated to unit level; on the goals
// held at department level four departments of nine have an activity; ten activities in total,
// taken from the paper's examples. Regionstaben has none registered, as the paper explains.

import type {
  Activity,
  ActivityStatus,
  Allocation,
  FollowUp,
  FollowUpPeriod,
  Goal,
  ImplementationGrade,
  IsoDate,
  Person,
  YearPicture
} from '../model';
import { demoIndicators, demoIndicatorValues } from './demoIndicators';
import { demoMiljostrateg } from './demoPeople';
import { demoDepartmentIds as dept, demoOrgUnits, demoUnitIds as unit } from './demoOrganisation';

export const demoYear = 2023;

/** The paper was written after the delår report of August and before helår in January. */
export const demoToday: IsoDate = '2023-10-16';
export const demoFollowUpPeriod: FollowUpPeriod = { year: demoYear, kind: 'delar' };

const goalIds = { resor: 231, energi: 232, avfall: 233, transporter: 234 } as const;
type GoalKey = keyof typeof goalIds;
const goalNumber: Record<GoalKey, number> = { resor: 1, energi: 2, avfall: 3, transporter: 4 };

export const demoGoals: readonly Goal[] = [
  {
    id: goalIds.resor, year: demoYear, code: 'M1',
    title: 'Minskade koldioxidutsläpp från resor',
    description: 'Koldioxidutsläppen från regionens tjänsteresor ska minska.',
    indicator: 'Koldioxidutsläpp från tjänsteresor, ton CO2e',
    measuredRegionWide: true
  },
  {
    id: goalIds.energi, year: demoYear, code: 'M2',
    title: 'Minskad energianvändning',
    description: 'Energianvändningen i regionens lokaler och verksamheter ska minska.',
    indicator: 'Energianvändning i egna lokaler, kWh per kvadratmeter',
    measuredRegionWide: true
  },
  {
    id: goalIds.avfall, year: demoYear, code: 'M3',
    title: 'Minskade mängder avfall',
    description: 'Mängden avfall ska minska och en större andel ska sorteras för återvinning.',
    indicator: 'Avfall per årsarbetare, kg, och andel sorterat avfall',
    measuredRegionWide: true
  },
  {
    id: goalIds.transporter, year: demoYear, code: 'M4',
    title: 'Fossilfria transporter',
    description:
      'Etappmål: alla personbilar och transportfordon som används inom regionens verksamheter ' +
      'ska ha fossilfri drift senast år 2030.',
    indicator: 'Andel fordon med fossilfri drift, procent',
    measuredRegionWide: false
  }
];

const headOf = (orgUnitId: number): Person => {
  const head = demoOrgUnits.find((candidate) => candidate.id === orgUnitId)?.head;
  if (head === undefined) throw new Error(`Demo data: org unit ${orgUnitId} has no head`);
  return head;
};

/** Readable, stable ids: the org unit's id followed by the goal's number (Regionservice M3 = 113). */
const allocationId = (orgUnitId: number, goal: GoalKey): number => orgUnitId * 10 + goalNumber[goal];

const departmentGoals: Array<[number, GoalKey[]]> = [
  [dept.regionstaben, ['resor', 'energi', 'avfall', 'transporter']],
  [dept.regionservice, ['resor', 'energi', 'avfall', 'transporter']],
  [dept.fastighet, ['resor', 'energi', 'avfall', 'transporter']],
  [dept.digitalisering, ['resor', 'energi', 'avfall']],
  [dept.ekonomi, ['resor', 'avfall', 'transporter']],
  [dept.hr, ['resor', 'energi', 'avfall']],
  [dept.kommunikation, ['resor', 'energi', 'avfall']],
  [dept.regionalUtveckling, ['resor', 'energi', 'transporter']],
  [dept.sakerhet, ['resor', 'energi', 'avfall', 'transporter']]
];

/** Regionservice allocated in consultation with its unit heads; Logistik has no goal yet. */
const unitGoals: Array<[number, GoalKey[]]> = [
  [unit.maltidsservice, ['avfall']],
  [unit.fordonsservice, ['resor', 'transporter']],
  [unit.lokalvard, ['avfall']]
];

export const demoAllocations: readonly Allocation[] = [
  ...departmentGoals.flatMap(([orgUnitId, goals]) =>
    goals.map((goal): Allocation => ({
      id: allocationId(orgUnitId, goal),
      goalId: goalIds[goal],
      orgUnitId,
      allocatedBy: demoMiljostrateg,
      allocatedAt: '2023-02-15T09:00:00Z',
      agreedWithUnitHead: true,
      agreedOn: '2023-02-10'
    }))
  ),
  ...unitGoals.flatMap(([orgUnitId, goals]) =>
    goals.map((goal): Allocation => ({
      id: allocationId(orgUnitId, goal),
      goalId: goalIds[goal],
      orgUnitId,
      allocatedBy: headOf(dept.regionservice),
      allocatedAt: '2023-03-20T13:00:00Z',
      agreedWithUnitHead: true,
      agreedOn: '2023-03-14',
      note: 'Fördelat i samråd med enhetschef vid verksamhetsdialog i mars.'
    }))
  )
];

interface ActivityRow {
  id: number;
  at: number;
  goal: GoalKey;
  title: string;
  description: string;
  status: ActivityStatus;
  startDate: IsoDate;
  highlighted?: true;
}

/** The unit's head is responsible; every activity runs to the end of the year. */
function activity(row: ActivityRow): Activity {
  return {
    id: row.id,
    allocationId: allocationId(row.at, row.goal),
    title: row.title,
    description: row.description,
    responsible: headOf(row.at),
    startDate: row.startDate,
    endDate: '2023-12-31',
    status: row.status,
    ...(row.highlighted ? { highlighted: true } : {})
  };
}

/** The paper's examples: four at Regionservice's units, six at department level in four departments. */
const activityRows: ActivityRow[] = [
  {
    // The two the paper's sentence on the work begins with.
    id: 1, at: unit.maltidsservice, goal: 'avfall', status: 'pagaende', startDate: '2023-01-16', highlighted: true,
    title: 'Minskat matsvinn genom uppdaterade recept',
    description: 'Recepten uppdateras och förbättras så att svinnet från matproduktionen minskar betydligt.'
  },
  {
    id: 2, at: unit.maltidsservice, goal: 'avfall', status: 'pagaende', startDate: '2023-02-01', highlighted: true,
    title: 'Fler maträtter skickas till Kajutan',
    description: 'Maträtter som blir över skickas till Kajutan i stället för att slängas.'
  },
  {
    id: 3, at: unit.fordonsservice, goal: 'transporter', status: 'pagaende', startDate: '2023-01-01',
    title: 'Fler elbilar vid byte av leasingbilar',
    description: 'Andelen elbilar i regionens fordonsflotta ökar löpande när leasingbilar byts ut.'
  },
  {
    id: 4, at: unit.lokalvard, goal: 'avfall', status: 'pagaende', startDate: '2023-03-01',
    title: 'Förutsättningar för källsortering',
    description: 'Säkerställa att förutsättningar för källsortering finns på plats i de lokaler som städas.'
  },
  {
    id: 5, at: dept.fastighet, goal: 'energi', status: 'pagaende', startDate: '2023-04-01',
    title: 'Rekrytering av energiingenjör',
    description: 'En energiingenjör rekryteras för att driva energieffektiviseringen i fastigheterna.'
  },
  {
    id: 6, at: dept.fastighet, goal: 'avfall', status: 'pagaende', startDate: '2023-02-01',
    title: 'Medverkan i projekt för cirkulärt byggande',
    description: 'Avdelningen medverkar i projekt där byggmaterial återbrukas.'
  },
  {
    id: 7, at: dept.digitalisering, goal: 'resor', status: 'pagaende', startDate: '2023-01-01',
    title: 'Digitala mötes- och arbetslösningar',
    description: 'Digitala lösningar används så att fler möten kan hållas utan resor.'
  },
  {
    id: 8, at: dept.digitalisering, goal: 'energi', status: 'avslutad', startDate: '2023-03-01',
    title: 'Energisparinställningar på elektronik',
    description: 'Datorer, skärmar och skrivare ställs in så att de drar mindre energi.'
  },
  {
    id: 9, at: dept.ekonomi, goal: 'transporter', status: 'avslutad', startDate: '2023-01-01',
    title: 'Ny upphandling av leasingbilar',
    description: 'Ny upphandling som gör det möjligt att byta leasingbilar mot elbilar.'
  },
  {
    // Started after the delår period, so not yet due for its follow-up.
    id: 10, at: dept.kommunikation, goal: 'energi', status: 'pagaende', startDate: '2023-09-18',
    title: 'Uppmärksamma energislöseri',
    description: 'Kampanj på intranätet om hur var och en kan minska energislöseri på arbetsplatsen.'
  }
];

export const demoActivities: readonly Activity[] = activityRows.map(activity);

function followUp(id: number, activityId: number, grade: ImplementationGrade, comment: string): FollowUp {
  const responsible = demoActivities.find((candidate) => candidate.id === activityId)?.responsible;
  return {
    id, activityId, period: demoFollowUpPeriod, grade, comment,
    updatedBy: responsible, updatedAt: '2023-08-25T10:00:00Z'
  };
}

/** Six of the nine activities due for delår have a follow-up, so completeness means something. */
export const demoFollowUps: readonly FollowUp[] = [
  followUp(1, 1, 'paborjadMerAnHalften', 'Nya recept i två av tre kök; svinnet har minskat med en fjärdedel.'),
  followUp(2, 2, 'genomford', 'Överblivna maträtter skickas till Kajutan varje vecka.'),
  followUp(3, 3, 'paborjadMindreAnHalften', 'Åtta av fyrtio leasingbilar har hittills bytts mot elbilar.'),
  followUp(4, 5, 'paborjadMindreAnHalften', 'Tjänsten är annonserad; intervjuer hålls under hösten.'),
  followUp(5, 8, 'genomford', 'Energisparinställningar är utrullade på alla datorer och skrivare.'),
  followUp(6, 9, 'genomford', 'Upphandlingen är klar och avtal är tecknat.')
];

export const demoRegion2023: YearPicture = {
  year: demoYear,
  goals: demoGoals,
  orgUnits: demoOrgUnits,
  allocations: demoAllocations,
  activities: demoActivities,
  followUps: demoFollowUps,
  indicators: demoIndicators,
  indicatorValues: demoIndicatorValues
};
