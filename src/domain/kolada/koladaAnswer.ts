// Kolada's answers (API v3, https://api.kolada.se/v3), read strictly: a page is
// `{ values: [...], count, next_url?, previous_url? }`; what is not in that shape is "unexpected",
// never half-read. docs/kolada.md says what was verified and how.
//
// - A key figure (`/kpi?title=…`): `{ id: "N00401", title, municipality_type: "K" | "L" | "A" | "K,L", … }`.
// - An organisation (`/municipality?title=…`): `{ id: "0020", title: "Region Dalarna", type: "L" | "K" }`.
// - Data (`/data/kpi/{ids}/municipality/{ids}/year/{years}`): one entry per key figure, organisation
//   and year, `{ kpi, municipality, period, values: [{ gender: "T" | "K" | "M", value, status, count, isdeleted? }] }`.
//   A missing figure has `value: null` and status "Missing"; a deleted one is flagged `isdeleted: true`.

export interface KoladaKpi {
  id: string;
  title: string;
  /** Who it is measured for: "K" municipalities, "L" regions, "A" both (as Kolada writes it). */
  municipalityType?: string;
}

export interface KoladaOrganisation {
  id: string;
  title: string;
  /** "L" a region, "K" a municipality. */
  type: string;
}

/** One figure: a key figure, organisation, year and gender ("T" is the total). */
export interface KoladaDataPoint {
  kpi: string;
  municipality: string;
  year: number;
  gender: string;
  /** Absent when Kolada has no figure (status "Missing"). */
  value: number | null;
  status: string;
  deleted: boolean;
}

/** One page of an answer; `nextUrl` where Kolada has more. */
export type KoladaPage<T> = { ok: true; values: T[]; nextUrl?: string } | { ok: false };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const optionalText = (value: unknown): value is string | null | undefined => value === undefined || value === null || typeof value === 'string';

function page<T>(answer: unknown, item: (entry: unknown) => T[] | undefined): KoladaPage<T> {
  if (!isObject(answer) || !Array.isArray(answer.values)) return { ok: false };
  const next = answer.next_url;
  if (!optionalText(next)) return { ok: false };
  const values: T[] = [];
  for (const entry of answer.values) {
    const read = item(entry);
    if (read === undefined) return { ok: false };
    values.push(...read);
  }
  return next === undefined || next === null || next === '' ? { ok: true, values } : { ok: true, values, nextUrl: next };
}

export function readKpiPage(answer: unknown): KoladaPage<KoladaKpi> {
  return page(answer, (entry) => {
    if (!isObject(entry) || !isText(entry.id) || !isText(entry.title) || !optionalText(entry.municipality_type)) return undefined;
    return [{ id: entry.id, title: entry.title, ...(isText(entry.municipality_type) ? { municipalityType: entry.municipality_type } : {}) }];
  });
}

export function readOrganisationPage(answer: unknown): KoladaPage<KoladaOrganisation> {
  return page(answer, (entry) => {
    if (!isObject(entry) || !isText(entry.id) || !isText(entry.title) || !isText(entry.type)) return undefined;
    return [{ id: entry.id, title: entry.title, type: entry.type }];
  });
}

/** A year as Kolada gives it: a number, or its text ("2023"). */
function yearOf(value: unknown): number | undefined {
  const year = typeof value === 'number' ? value : isText(value) && /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(year) ? year : undefined;
}

export function readDataPage(answer: unknown): KoladaPage<KoladaDataPoint> {
  return page(answer, (entry) => {
    if (!isObject(entry) || !isText(entry.kpi) || !isText(entry.municipality) || !Array.isArray(entry.values)) return undefined;
    const year = yearOf(entry.period);
    if (year === undefined) return undefined;
    const points: KoladaDataPoint[] = [];
    for (const figure of entry.values) {
      if (!isObject(figure) || !isText(figure.gender) || !optionalText(figure.status)) return undefined;
      const value = figure.value;
      if (value !== null && value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) return undefined;
      const deleted = figure.isdeleted ?? figure.is_deleted ?? false;
      if (typeof deleted !== 'boolean') return undefined;
      points.push({
        kpi: entry.kpi, municipality: entry.municipality, year, gender: figure.gender,
        value: value ?? null, status: figure.status ?? '', deleted
      });
    }
    return points;
  });
}
