// EXAMPLE DATA, not real records: plausible indicators for the four demo goals with values from
// 2019 to 2023. Each source says "Exempeldata" so the UI never passes them off as measured. The
// figures tell the paper's story: travel fell in the pandemic and is coming back (just off the
// path), energy and waste go down as planned, fossil-free vehicles lag the etappmål.

import type { Indicator, IndicatorValue } from '../model';
import { demoMiljostrateg } from './demoPeople';

const goal = { resor: 231, energi: 232, avfall: 233, transporter: 234 } as const;

const indicator = (id: number, goalId: number, fields: Omit<Indicator, 'id' | 'goalId' | 'responsible'>): Indicator =>
  ({ id, goalId, ...fields, responsible: demoMiljostrateg });

export const demoIndicators: readonly Indicator[] = [
  indicator(2311, goal.resor, {
    name: 'Koldioxidutsläpp från tjänsteresor', unit: 'ton CO2e', direction: 'lower',
    baseline: { year: 2019, value: 1512 }, target: { year: 2030, value: 756 },
    source: 'Exempeldata: resebokningar och reseräkningar'
  }),
  indicator(2321, goal.energi, {
    name: 'Energianvändning i egna lokaler', unit: 'kWh per kvadratmeter', direction: 'lower',
    baseline: { year: 2019, value: 182 }, target: { year: 2030, value: 146 },
    source: 'Exempeldata: energistatistik från fastighetssystemet'
  }),
  indicator(2331, goal.avfall, {
    name: 'Avfall per årsarbetare', unit: 'kg', direction: 'lower',
    baseline: { year: 2019, value: 210 }, target: { year: 2030, value: 160 },
    source: 'Exempeldata: avfallsentreprenörens statistik'
  }),
  indicator(2332, goal.avfall, {
    name: 'Andel sorterat avfall', unit: 'procent', direction: 'higher',
    baseline: { year: 2019, value: 48 }, target: { year: 2030, value: 70 },
    source: 'Exempeldata: avfallsentreprenörens statistik'
  }),
  indicator(2341, goal.transporter, {
    name: 'Andel fordon med fossilfri drift', unit: 'procent', direction: 'higher',
    baseline: { year: 2019, value: 12 }, target: { year: 2030, value: 100 },
    source: 'Exempeldata: fordonsregistret och leasingavtalen'
  })
];

/** [year, value] per indicator; a comment and the preliminary flag where the story has one. */
const series: Array<[indicatorId: number, values: Array<[number, number, string?, boolean?]>]> = [
  [2311, [[2019, 1512], [2020, 720, 'Få resor under pandemin.'], [2021, 810], [2022, 1105], [2023, 1240]]],
  [2321, [[2019, 182], [2020, 176], [2021, 178], [2022, 169], [2023, 164, 'Helårssiffran för december saknas.', true]]],
  [2331, [[2019, 210], [2020, 204], [2021, 199], [2022, 197], [2023, 188]]],
  // The 2023 figure comes with the entrepreneur's yearly report, after the paper was written.
  [2332, [[2019, 48], [2020, 50], [2021, 53], [2022, 55]]],
  [2341, [[2019, 12], [2020, 15], [2021, 21], [2022, 30], [2023, 38, 'Åtta av fyrtio leasingbilar bytta mot elbilar.']]]
];

/** Readable, stable ids: the indicator's id followed by the year's last two digits (2311 in 2023 = 231123). */
export const demoIndicatorValues: readonly IndicatorValue[] = series.flatMap(([indicatorId, values]) =>
  values.map(([year, value, comment, preliminary]) => ({
    id: indicatorId * 100 + (year % 100), indicatorId, year, value, comment: comment ?? '', preliminary: preliminary === true
  })));
