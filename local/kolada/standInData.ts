// What the Kolada stand-in knows: a few key figures a region reports for its environmental goals
// (the ids are Kolada's; the titles are written for the stand-in, not copied from Kolada), the
// regions and a few municipalities, and figures for Region Dalarna (0020) with one year missing and
// one deleted, as Kolada's answers mark them. Not real figures.

export interface StandInKpi {
  id: string;
  title: string;
  municipality_type: string;
  is_divided_by_gender: number;
  operating_area: string;
}

export interface StandInOrganisation {
  id: string;
  title: string;
  type: 'L' | 'K';
}

export interface StandInFigure {
  gender: 'T' | 'K' | 'M';
  value: number | null;
  status: string;
  count: number;
  isdeleted?: boolean;
}

export interface StandInEntry {
  kpi: string;
  municipality: string;
  period: number;
  values: StandInFigure[];
}

export const standInKpis: readonly StandInKpi[] = [
  { id: 'N00401', title: 'Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv', municipality_type: 'A', is_divided_by_gender: 0, operating_area: 'Miljö och klimat' },
  { id: 'N07702', title: 'Utsläpp till luft av växthusgaser totalt, ton CO2-ekv', municipality_type: 'A', is_divided_by_gender: 0, operating_area: 'Miljö och klimat' },
  { id: 'N85532', title: 'Utsläpp till luft av växthusgaser från transporter, ton CO2-ekv/inv', municipality_type: 'A', is_divided_by_gender: 0, operating_area: 'Miljö och klimat' },
  { id: 'N85538', title: 'Utsläpp till luft av växthusgaser från jordbruk, ton CO2-ekv/inv', municipality_type: 'A', is_divided_by_gender: 0, operating_area: 'Miljö och klimat' },
  { id: 'U07801', title: 'Insamlat kommunalt avfall totalt, kg/inv', municipality_type: 'K', is_divided_by_gender: 0, operating_area: 'Miljö och klimat' },
  { id: 'N45930', title: 'Andel förnybar energi i fjärrvärme, %', municipality_type: 'K', is_divided_by_gender: 0, operating_area: 'Miljö och klimat' },
  { id: 'N01951', title: 'Invånare totalt, antal', municipality_type: 'A', is_divided_by_gender: 1, operating_area: 'Befolkning' }
];

export const standInOrganisations: readonly StandInOrganisation[] = [
  { id: '0001', title: 'Region Stockholm', type: 'L' },
  { id: '0003', title: 'Region Uppsala', type: 'L' },
  { id: '0020', title: 'Region Dalarna', type: 'L' },
  { id: '0021', title: 'Region Gävleborg', type: 'L' },
  { id: '2080', title: 'Falun', type: 'K' },
  { id: '2081', title: 'Borlänge', type: 'K' }
];

const total = (value: number | null, extra: Partial<StandInFigure> = {}): StandInFigure[] =>
  [{ gender: 'T', value, status: value === null ? 'Missing' : '', count: 1, ...extra }];

export const standInData: readonly StandInEntry[] = [
  { kpi: 'N00401', municipality: '0020', period: 2018, values: total(5.6) },
  { kpi: 'N00401', municipality: '0020', period: 2019, values: total(5.4) },
  { kpi: 'N00401', municipality: '0020', period: 2020, values: total(4.9) },
  // Kolada marks a figure it does not have: never a 0.
  { kpi: 'N00401', municipality: '0020', period: 2021, values: total(null) },
  { kpi: 'N00401', municipality: '0020', period: 2022, values: total(4.6) },
  // A figure Kolada has taken back (a revision): flagged, its value left in.
  { kpi: 'N00401', municipality: '0020', period: 2023, values: total(4.4, { isdeleted: true }) },
  { kpi: 'N07702', municipality: '0020', period: 2022, values: total(1320000) },
  { kpi: 'N45930', municipality: '2080', period: 2022, values: total(98.2) },
  { kpi: 'U07801', municipality: '2080', period: 2022, values: total(412) },
  // A key figure split by gender: the total is the one a region's indicator reads.
  ...[2019, 2020, 2021, 2022, 2023].map((period, index): StandInEntry => ({
    kpi: 'N01951', municipality: '0020', period, values: [
      { gender: 'K', value: 143000 + index * 100, status: '', count: 1 },
      { gender: 'M', value: 145000 + index * 120, status: '', count: 1 },
      { gender: 'T', value: 288000 + index * 220, status: '', count: 1 }
    ]
  }))
];
