import type { OrgLevel, OrgUnit } from '../../model';
import { textLimits } from '../limits';
import { refusal, type Refusal } from '../refusal';
import {
  checkOptionalDate,
  checkOptionalText,
  checkRequiredText,
  collectErrors,
  toValidationResult,
  type ValidationResult
} from './fieldChecks';

/** id is set when editing an existing unit (including moving it in a reorganisation). */
export type OrgUnitInput = Pick<OrgUnit, 'name' | 'shortName' | 'level' | 'parentId' | 'closed' | 'closedOn'> & {
  id?: number;
};

export type OrgUnitField = 'name' | 'shortName' | 'parentId' | 'closed' | 'closedOn';

/** The tree has fixed levels: förvaltning at the top, avdelningar under it, enheter under those. */
const parentLevelOf: Record<OrgLevel, OrgLevel | undefined> = {
  forvaltning: undefined,
  avdelning: 'forvaltning',
  enhet: 'avdelning'
};

export function validateOrgUnitInput(
  input: OrgUnitInput,
  orgUnits: readonly OrgUnit[]
): ValidationResult<OrgUnitField> {
  return toValidationResult(
    collectErrors<OrgUnitField>({
      name: checkRequiredText(input.name, textLimits.orgUnits.name),
      shortName: checkOptionalText(input.shortName, textLimits.orgUnits.shortName),
      parentId: checkParent(input, orgUnits),
      closed: checkNoOpenUnitsWhenClosing(input, orgUnits),
      closedOn: checkOptionalDate(input.closedOn)
    })
  );
}

function checkParent(input: OrgUnitInput, orgUnits: readonly OrgUnit[]): Refusal | undefined {
  const expectedParentLevel = parentLevelOf[input.level];
  if (expectedParentLevel === undefined) {
    return input.parentId === undefined ? undefined : refusal('parentNotAllowed', {});
  }
  const parent = orgUnits.find((unit) => unit.id === input.parentId);
  if (parent === undefined || parent.level !== expectedParentLevel) {
    return refusal('invalidParent', { expectedParentLevel });
  }
  // An open unit may not be placed under a closed one; a closed unit keeps its last parent.
  return parent.closed && !input.closed ? refusal('unitClosed', { orgUnitId: parent.id }) : undefined;
}

/** Closing a department first needs its units closed or moved, or they would be lost from view. */
function checkNoOpenUnitsWhenClosing(input: OrgUnitInput, orgUnits: readonly OrgUnit[]): Refusal | undefined {
  if (!input.closed || input.id === undefined) return undefined;
  const count = orgUnits.filter((unit) => unit.parentId === input.id && !unit.closed).length;
  return count > 0 ? refusal('hasOpenUnits', { count }) : undefined;
}
