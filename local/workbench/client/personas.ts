// Whom the workbench can act as: the demo region's people in the roles the product knows.
import { demoDepartmentIds, demoMiljostrateg, demoOrgUnits, demoReader, demoUnitIds } from '../../../src/domain';
import type { Person } from '../../../src/domain/model';

export interface Persona {
  key: string;
  person: Person;
  role: { sv: string; en: string };
}

function headOf(orgUnitId: number): Person {
  const head = demoOrgUnits.find((unit) => unit.id === orgUnitId)?.head;
  if (!head) throw new Error(`Demo org unit ${orgUnitId} has no head`);
  return head;
}

export const siteOwnerLogin = 'admin@contoso.onmicrosoft.com';

export const personas: readonly Persona[] = [
  { key: 'regionalStaff', person: demoMiljostrateg, role: { sv: 'Regionstaben (miljöstrateg)', en: 'Regional staff (environmental strategist)' } },
  { key: 'departmentHead', person: headOf(demoDepartmentIds.regionservice), role: { sv: 'Avdelningschef, Regionservice', en: 'Department head, Regionservice' } },
  { key: 'unitHead', person: headOf(demoUnitIds.maltidsservice), role: { sv: 'Enhetschef i Regionservice', en: 'Unit head in Regionservice' } },
  { key: 'otherDepartmentHead', person: headOf(demoDepartmentIds.digitalisering), role: { sv: 'Avdelningschef, annan avdelning', en: 'Head of another department' } },
  { key: 'reader', person: demoReader, role: { sv: 'Läsare', en: 'Reader' } },
  { key: 'siteOwner', person: { login: siteOwnerLogin, name: 'Webbplatsägare' }, role: { sv: 'Webbplatsägare', en: 'Site owner' } }
];

export function personaByKey(key: string | null): Persona {
  return personas.find((persona) => persona.key === key) ?? personas[0];
}
