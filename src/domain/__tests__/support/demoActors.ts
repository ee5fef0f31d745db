// Actors of the demo region, derived as the web part would derive them.

import { deriveActor, type Actor } from '../../rules/actor';
import { demoOrgUnits } from '../../demo/demoOrganisation';
import { demoMiljostrateg, demoReader } from '../../demo/demoPeople';

export function headActor(orgUnitId: number): Actor {
  const head = demoOrgUnits.find((unit) => unit.id === orgUnitId)?.head;
  if (head === undefined) throw new Error(`no head for ${orgUnitId}`);
  return deriveActor(head, demoOrgUnits, false);
}

export const regionalStaff: Actor = deriveActor(demoMiljostrateg, demoOrgUnits, true);
export const reader: Actor = deriveActor(demoReader, demoOrgUnits, false);
