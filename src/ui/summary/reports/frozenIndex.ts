// A picture index that answers from a fastställd report's own names, so the summary's matrix and gap
// list show the report as it was: today's picture may have renamed the goal or removed the activity.
import type { Activity, Goal, OrgUnit } from '../../../domain/model';
import type { FrozenReport } from '../../../domain/report/frozenReport';
import type { IPictureIndex } from '../../common/pictureIndex';

export function frozenIndex(report: FrozenReport): IPictureIndex {
  const goals = new Map(report.goals.map((goal): [number, Goal] => [goal.id, {
    id: goal.id, year: report.year, code: goal.code, title: goal.title, description: '', indicator: '', measuredRegionWide: false
  }]));
  const names = new Map<number, string>(report.summary.departments.map((department) => [department.departmentId, department.name]));
  for (const [id, name] of Object.entries(report.orgUnitNames)) names.set(Number(id), name);
  const none: never[] = [];
  return {
    picture: { year: report.year, goals: [...goals.values()], orgUnits: [], allocations: [], activities: [], followUps: [], indicators: [], indicatorValues: [] },
    goal: (id) => goals.get(id),
    goalLabel: (id) => {
      const goal = goals.get(id);
      return goal === undefined ? String(id) : `${goal.code} ${goal.title}`;
    },
    orgUnit: (id): OrgUnit | undefined => {
      const name = names.get(id);
      return name === undefined ? undefined : { id, name, level: 'enhet' };
    },
    allocation: () => undefined,
    activity: (id): Activity | undefined => {
      const title = report.activityTitles[id];
      return title === undefined ? undefined : { id, allocationId: 0, title, description: '', status: 'planerad' };
    },
    departmentOf: () => undefined,
    unitsOf: () => none,
    allocationsAt: () => none,
    activitiesOf: () => none,
    followUp: () => undefined
  };
}
