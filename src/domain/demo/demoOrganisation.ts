// EXAMPLE DATA, not a real organisation: Regionstyrelsens förvaltning as the 2023 board paper
// describes it (nine departments, Regionservice and Regionstaben among them). Other names are
// plausible inventions; people are named by their role.

import type { OrgUnit, Person } from '../model';

const domain = 'region.example';

export function demoPerson(name: string, loginName: string): Person {
  const login = `${loginName}@${domain}`;
  return { login, name, email: login };
}

interface UnitRow {
  id: number;
  name: string;
  slug: string;
  closedOn?: string;
}

interface DepartmentRow extends UnitRow {
  /** Regionstaben's head has a title of their own. */
  head?: Person;
  units: UnitRow[];
}

export const demoForvaltningId = 1;

const departmentRows: DepartmentRow[] = [
  {
    id: 10, name: 'Regionstaben', slug: 'regionstaben', head: demoPerson('Regionstabschef', 'regionstabschef'),
    units: [
      { id: 101, name: 'Kansliet', slug: 'kansliet' },
      { id: 102, name: 'Miljöfunktionen', slug: 'miljofunktionen' },
      { id: 103, name: 'Strategisk planering', slug: 'strategiskplanering' }
    ]
  },
  {
    id: 11, name: 'Regionservice', slug: 'regionservice',
    units: [
      { id: 111, name: 'Måltidsservice', slug: 'maltidsservice' },
      { id: 112, name: 'Fordonsservice', slug: 'fordonsservice' },
      { id: 113, name: 'Lokalvård', slug: 'lokalvard' },
      { id: 114, name: 'Logistik', slug: 'logistik' }
    ]
  },
  {
    id: 12, name: 'Fastighetsavdelningen', slug: 'fastighet',
    units: [
      { id: 121, name: 'Projekt och byggnation', slug: 'projektbygg' },
      { id: 122, name: 'Drift och underhåll', slug: 'drift' },
      { id: 123, name: 'Energi och teknik', slug: 'energiteknik' }
    ]
  },
  {
    id: 13, name: 'Digitaliseringsavdelningen', slug: 'digitalisering',
    units: [
      { id: 131, name: 'IT-drift', slug: 'itdrift' },
      { id: 132, name: 'Digital utveckling', slug: 'digitalutveckling' },
      { id: 133, name: 'Användarstöd', slug: 'anvandarstod' }
    ]
  },
  {
    id: 14, name: 'Ekonomiavdelningen', slug: 'ekonomi',
    units: [
      { id: 141, name: 'Redovisning', slug: 'redovisning' },
      { id: 142, name: 'Upphandling', slug: 'upphandling' },
      { id: 143, name: 'Ekonomistyrning', slug: 'ekonomistyrning' }
    ]
  },
  {
    id: 15, name: 'HR-avdelningen', slug: 'hr',
    units: [
      { id: 151, name: 'Lön och pension', slug: 'lon' },
      { id: 152, name: 'HR-stöd', slug: 'hrstod' }
    ]
  },
  {
    id: 16, name: 'Kommunikationsavdelningen', slug: 'kommunikation',
    units: [
      { id: 161, name: 'Webb och intranät', slug: 'webb' },
      { id: 162, name: 'Press och media', slug: 'press' },
      // Closed in a reorganisation: kept to show that closed units stay as history.
      { id: 163, name: 'Tryckeriet', slug: 'tryckeriet', closedOn: '2023-03-31' }
    ]
  },
  {
    id: 17, name: 'Avdelningen för regional utveckling', slug: 'regionalutveckling',
    units: [
      { id: 171, name: 'Näringsliv och innovation', slug: 'naringsliv' },
      { id: 172, name: 'Kultur och bildning', slug: 'kultur' },
      { id: 173, name: 'Infrastruktur och kollektivtrafik', slug: 'infrastruktur' }
    ]
  },
  {
    id: 18, name: 'Säkerhetsavdelningen', slug: 'sakerhet',
    units: [
      { id: 181, name: 'Säkerhet och beredskap', slug: 'beredskap' },
      { id: 182, name: 'Informationssäkerhet', slug: 'informationssakerhet' }
    ]
  }
];

export const demoDepartmentIds = {
  regionstaben: 10,
  regionservice: 11,
  fastighet: 12,
  digitalisering: 13,
  ekonomi: 14,
  hr: 15,
  kommunikation: 16,
  regionalUtveckling: 17,
  sakerhet: 18
} as const;

export const demoUnitIds = {
  miljofunktionen: 102,
  maltidsservice: 111,
  fordonsservice: 112,
  lokalvard: 113,
  logistik: 114,
  tryckeriet: 163
} as const;

const forvaltning: OrgUnit = {
  id: demoForvaltningId,
  name: 'Regionstyrelsens förvaltning',
  shortName: 'Regionstyrelsen',
  level: 'forvaltning',
  head: demoPerson('Regiondirektör', 'regiondirektor')
};

function departmentUnit(row: DepartmentRow): OrgUnit {
  return {
    id: row.id,
    name: row.name,
    level: 'avdelning',
    parentId: demoForvaltningId,
    head: row.head ?? demoPerson(`Avdelningschef ${row.name}`, `avdchef.${row.slug}`)
  };
}

function unitUnit(row: UnitRow, departmentId: number): OrgUnit {
  const base: OrgUnit = { id: row.id, name: row.name, level: 'enhet', parentId: departmentId };
  return row.closedOn === undefined
    ? { ...base, head: demoPerson(`Enhetschef ${row.name}`, `enhchef.${row.slug}`) }
    : { ...base, closed: true, closedOn: row.closedOn };
}

export const demoOrgUnits: readonly OrgUnit[] = [
  forvaltning,
  ...departmentRows.map(departmentUnit),
  ...departmentRows.flatMap((row) => row.units.map((unit) => unitUnit(unit, row.id)))
];
