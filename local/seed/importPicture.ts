// Writes a year's picture (the demo region, or a generated one) into SharePoint through the
// product's own repository, so the lists hold exactly what the product would have written.
// Ids in the picture are the picture's own; SharePoint gives new ones, mapped as we go.
import { randomUUID } from 'node:crypto';
import type { OrgUnit, YearPicture } from '../../src/domain/model';
import type { IMiljoRepository, WriteOutcome } from '../../src/ports';

function savedId<T extends { id: number }>(outcome: WriteOutcome<T>, what: string): number {
  if (outcome.kind !== 'saved') throw new Error(`Could not save ${what}: ${JSON.stringify(outcome)}`);
  return outcome.value.id;
}

const levelOrder: Record<OrgUnit['level'], number> = { forvaltning: 0, avdelning: 1, enhet: 2 };

export interface ImportedIds {
  goals: Map<number, number>;
  orgUnits: Map<number, number>;
  allocations: Map<number, number>;
  activities: Map<number, number>;
  followUps: Map<number, number>;
  indicators: Map<number, number>;
}

export async function importPicture(repository: IMiljoRepository, picture: YearPicture): Promise<ImportedIds> {
  const ids: ImportedIds = { goals: new Map(), orgUnits: new Map(), allocations: new Map(), activities: new Map(), followUps: new Map(), indicators: new Map() };
  const units = [...picture.orgUnits].sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
  for (const { id, ...unit } of units) {
    const parentId = unit.parentId === undefined ? undefined : ids.orgUnits.get(unit.parentId);
    ids.orgUnits.set(id, savedId(await repository.addOrgUnit({ ...unit, parentId }, randomUUID()), `org unit ${unit.name}`));
  }
  for (const { id, ...goal } of picture.goals) {
    const forvaltningId = goal.forvaltningId === undefined ? undefined : ids.orgUnits.get(goal.forvaltningId);
    ids.goals.set(id, savedId(await repository.addGoal({ ...goal, forvaltningId }), `goal ${goal.code}`));
  }
  for (const { id, ...allocation } of picture.allocations) {
    const draft = { ...allocation, goalId: ids.goals.get(allocation.goalId)!, orgUnitId: ids.orgUnits.get(allocation.orgUnitId)! };
    ids.allocations.set(id, savedId(await repository.addAllocation(draft, picture.year), `allocation ${id}`));
  }
  for (const { id, ...activity } of picture.activities) {
    const draft = { ...activity, allocationId: ids.allocations.get(activity.allocationId)! };
    ids.activities.set(id, savedId(await repository.addActivity(draft, picture.year, `import-${picture.year}-${id}`), `activity ${activity.title}`));
  }
  for (const { id, ...followUp } of picture.followUps) {
    ids.followUps.set(id, savedId(await repository.addFollowUp({ ...followUp, activityId: ids.activities.get(followUp.activityId)! }), `follow-up ${id}`));
  }
  for (const { id, ...indicator } of picture.indicators) {
    const draft = { ...indicator, goalId: ids.goals.get(indicator.goalId)! };
    ids.indicators.set(id, savedId(await repository.addIndicator(draft, picture.year, `import-${picture.year}-indicator-${id}`), `indicator ${indicator.name}`));
  }
  for (const { id, ...value } of picture.indicatorValues) {
    savedId(await repository.addIndicatorValue({ ...value, indicatorId: ids.indicators.get(value.indicatorId)! }, picture.year), `indicator value ${id}`);
  }
  return ids;
}
