// EXAMPLE DATA, not a real organisation: Regionstyrelsens förvaltning as the 2023 board paper
// describes it (nine departments, Regionservice and Regionstaben among them). Other names are
// plausible inventions, the people's too: each has a Swedish first and last name, as users see
// them in SharePoint, and a sign-in name by their role, which stays put (tests and the seeded
// emulator refer to people by it).

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
  /** The head's name; a closed unit has none. */
  head?: string;
  closedOn?: string;
}

interface DepartmentRow extends UnitRow {
  head: string;
  /** Regionstaben's head signs in by a title of their own. */
  headLogin?: string;
  units: UnitRow[];
}

export const demoForvaltningId = 1;

const departmentRows: DepartmentRow[] = [
  {
    id: 10, name: 'Regionstaben', slug: 'regionstaben', head: 'Helena Bergqvist', headLogin: 'regionstabschef',
    units: [
      { id: 101, name: 'Kansliet', slug: 'kansliet', head: 'Sara Hedlund' },
      { id: 102, name: 'Miljöfunktionen', slug: 'miljofunktionen', head: 'Erik Sandberg' },
      { id: 103, name: 'Strategisk planering', slug: 'strategiskplanering', head: 'Anna Wikström' }
    ]
  },
  {
    id: 11, name: 'Regionservice', slug: 'regionservice', head: 'Anders Lindqvist',
    units: [
      { id: 111, name: 'Måltidsservice', slug: 'maltidsservice', head: 'Maja Engström' },
      { id: 112, name: 'Fordonsservice', slug: 'fordonsservice', head: 'Lars Björk' },
      { id: 113, name: 'Lokalvård', slug: 'lokalvard', head: 'Fatima Karlsson' },
      { id: 114, name: 'Logistik', slug: 'logistik', head: 'Per Hellström' }
    ]
  },
  {
    id: 12, name: 'Fastighetsavdelningen', slug: 'fastighet', head: 'Karin Sjöberg',
    units: [
      { id: 121, name: 'Projekt och byggnation', slug: 'projektbygg', head: 'Ingrid Magnusson' },
      { id: 122, name: 'Drift och underhåll', slug: 'drift', head: 'Mats Strand' },
      { id: 123, name: 'Energi och teknik', slug: 'energiteknik', head: 'Sofia Lindberg' }
    ]
  },
  {
    id: 13, name: 'Digitaliseringsavdelningen', slug: 'digitalisering', head: 'Johan Ekström',
    units: [
      { id: 131, name: 'IT-drift', slug: 'itdrift', head: 'Ahmed Nilsson' },
      { id: 132, name: 'Digital utveckling', slug: 'digitalutveckling', head: 'Emma Söderberg' },
      { id: 133, name: 'Användarstöd', slug: 'anvandarstod', head: 'Jonas Dahl' }
    ]
  },
  {
    id: 14, name: 'Ekonomiavdelningen', slug: 'ekonomi', head: 'Maria Holmberg',
    units: [
      { id: 141, name: 'Redovisning', slug: 'redovisning', head: 'Birgitta Öberg' },
      { id: 142, name: 'Upphandling', slug: 'upphandling', head: 'Henrik Blom' },
      { id: 143, name: 'Ekonomistyrning', slug: 'ekonomistyrning', head: 'Camilla Falk' }
    ]
  },
  {
    id: 15, name: 'HR-avdelningen', slug: 'hr', head: 'Lena Forsberg',
    units: [
      { id: 151, name: 'Lön och pension', slug: 'lon', head: 'Ulla Berglund' },
      { id: 152, name: 'HR-stöd', slug: 'hrstod', head: 'Nils Ahlström' }
    ]
  },
  {
    id: 16, name: 'Kommunikationsavdelningen', slug: 'kommunikation', head: 'Peter Nyström',
    units: [
      { id: 161, name: 'Webb och intranät', slug: 'webb', head: 'Elin Hansson' },
      { id: 162, name: 'Press och media', slug: 'press', head: 'Oskar Viklund' },
      // Closed in a reorganisation: kept to show that closed units stay as history.
      { id: 163, name: 'Tryckeriet', slug: 'tryckeriet', closedOn: '2023-03-31' }
    ]
  },
  {
    id: 17, name: 'Avdelningen för regional utveckling', slug: 'regionalutveckling', head: 'Eva Lundgren',
    units: [
      { id: 171, name: 'Näringsliv och innovation', slug: 'naringsliv', head: 'Linnea Boström' },
      { id: 172, name: 'Kultur och bildning', slug: 'kultur', head: 'Gustav Eriksson' },
      { id: 173, name: 'Infrastruktur och kollektivtrafik', slug: 'infrastruktur', head: 'Malin Jakobsson' }
    ]
  },
  {
    id: 18, name: 'Säkerhetsavdelningen', slug: 'sakerhet', head: 'Mikael Åberg',
    units: [
      { id: 181, name: 'Säkerhet och beredskap', slug: 'beredskap', head: 'Tomas Lund' },
      { id: 182, name: 'Informationssäkerhet', slug: 'informationssakerhet', head: 'Hanna Persson' }
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
  head: demoPerson('Margareta Almqvist', 'regiondirektor')
};

function departmentUnit(row: DepartmentRow): OrgUnit {
  return {
    id: row.id,
    name: row.name,
    level: 'avdelning',
    parentId: demoForvaltningId,
    head: demoPerson(row.head, row.headLogin ?? `avdchef.${row.slug}`)
  };
}

function unitUnit(row: UnitRow, departmentId: number): OrgUnit {
  const base: OrgUnit = { id: row.id, name: row.name, level: 'enhet', parentId: departmentId };
  return row.closedOn === undefined
    ? { ...base, head: demoPerson(row.head ?? row.name, `enhchef.${row.slug}`) }
    : { ...base, closed: true, closedOn: row.closedOn };
}

export const demoOrgUnits: readonly OrgUnit[] = [
  forvaltning,
  ...departmentRows.map(departmentUnit),
  ...departmentRows.flatMap((row) => row.units.map((unit) => unitUnit(unit, row.id)))
];
