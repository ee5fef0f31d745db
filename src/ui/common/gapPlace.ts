// Where each kind of gap is fixed: a missing goal or a missing samråd in the Fördelning cell, a
// department that allocated nothing to its units in its grid, a goal without activities where the
// unit adds them (Min enhet), a missing follow-up at the activity's follow-up.

import type { Year } from '../../domain/model';
import type { Gap } from '../../domain/summary/gaps';
import type { NavTarget } from '../navigation';

export function gapPlace(gap: Gap, year: Year): NavTarget {
  switch (gap.code) {
    case 'departmentMissingGoals':
      return { view: 'allocation', year, orgUnitId: gap.departmentId, goalId: gap.missingGoalIds[0] };
    case 'departmentWithoutUnitAllocations':
      return { view: 'allocation', year, orgUnitId: gap.departmentId };
    case 'allocationWithoutAgreement':
      return { view: 'allocation', year, orgUnitId: gap.orgUnitId, goalId: gap.goalId };
    case 'allocationWithoutActivities':
      return { view: 'myUnit', orgUnitId: gap.orgUnitId, goalId: gap.goalId };
    case 'activityWithoutFollowUp':
      return { view: 'myUnit', orgUnitId: gap.orgUnitId, activityId: gap.activityId };
  }
}
