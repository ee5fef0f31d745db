// The templates a region downloads before its first import: the header row in the user's language
// and a few example rows in the shape the import reads (the parent by name and by path, a code, a
// short name), so a person sees what goes where. No example names a head: an e-mail the tenant
// does not know would make the template's own rows fail; the column's header says what goes there.

import type { Year } from '../model';
import { goalColumns } from './goalImport';
import { levelWord, orgExportColumns, pathSeparator, type OrgField } from './orgImport';
import { headerRow } from './sheet';
import type { GoalField } from './goalImport';

const top = 'Regionstyrelsens förvaltning';

const exampleUnits: ReadonlyArray<Partial<Record<OrgField, string>> & { level: 'forvaltning' | 'avdelning' | 'enhet' }> = [
  { code: 'RS', level: 'forvaltning', name: top, shortName: 'Regionstyrelsen' },
  { code: 'RS-RSV', level: 'avdelning', name: 'Regionservice', parent: top },
  { code: 'RS-RSV-KOST', level: 'enhet', name: 'Kost och restaurang', parent: `${top}${pathSeparator}Regionservice` },
  { code: 'RS-RSV-FORD', level: 'enhet', name: 'Fordon och transporter', parent: 'RS-RSV' },
  { code: 'RS-STAB', level: 'avdelning', name: 'Regionstaben', parent: top }
];

export function organisationTemplate(language: 'sv' | 'en'): string[][] {
  return [
    headerRow(orgExportColumns, language),
    ...exampleUnits.map((unit) => orgExportColumns.map((spec) => (spec.field === 'level' ? levelWord(unit.level, language) : unit[spec.field] ?? '')))
  ];
}

const exampleGoals: ReadonlyArray<Partial<Record<GoalField, string>>> = [
  { code: 'M1', title: 'Minskade koldioxidutsläpp från resor', indicator: 'Koldioxidutsläpp från tjänsteresor, ton CO2e', description: 'Tjänsteresor och transporter med mindre utsläpp.' },
  { code: 'M2', title: 'Minskad energianvändning', indicator: 'Energianvändning i regionens lokaler, MWh' },
  { code: 'M3', title: 'Minskat avfall', indicator: 'Avfall, kg per anställd' }
];

export function goalsTemplate(year: Year, language: 'sv' | 'en'): string[][] {
  const yes = language === 'sv' ? 'ja' : 'yes';
  const no = language === 'sv' ? 'nej' : 'no';
  return [
    headerRow(goalColumns, language),
    ...exampleGoals.map((goal) => goalColumns.map((spec) => {
      switch (spec.field) {
        case 'year': return String(year);
        case 'measuredRegionWide': return yes;
        case 'retired': return no;
        default: return goal[spec.field] ?? '';
      }
    }))
  ];
}
