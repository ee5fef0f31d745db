// Who stands behind the figures: each counted department's readiness for the summary's period, how
// many are ready, and the ready departments' own sentences for the report text, named. A fastställd
// report copies these rows, so it keeps who was ready as the board saw it.

import type { IsoDateTime, Person } from '../model';
import type { ReportLocale } from '../report/reportLocale';
import type { CoverageSummary } from '../summary/coverageTypes';
import { readinessByUnit, readinessIn, type ReadinessEvent } from './readiness';

export interface DepartmentReadinessRow {
  departmentId: number;
  name: string;
  ready: boolean;
  /** Who marked it ready and when; absent when not ready. */
  by?: Person;
  at?: IsoDateTime;
  /** The department's sentence for the report; '' when none. */
  sentence: string;
}

/** The summary's departments, in its order, each with its readiness for the summary's period. */
export function departmentReadiness(summary: Pick<CoverageSummary, 'departments' | 'period'>, events: readonly ReadinessEvent[]): DepartmentReadinessRow[] {
  const states = readinessByUnit(events, summary.period);
  return summary.departments.map((department) => {
    const state = readinessIn(states, department.departmentId);
    return state.state === 'ready'
      ? { departmentId: department.departmentId, name: department.name, ready: true, by: state.by, at: state.at, sentence: state.comment.trim() }
      : { departmentId: department.departmentId, name: department.name, ready: false, sentence: '' };
  });
}

export const readyCount = (rows: readonly DepartmentReadinessRow[]): number => rows.filter((row) => row.ready).length;

/** A sentence ends with a full stop (or its own ! or ?), so they can follow each other. */
const asSentence = (text: string): string => (/[.!?…”"]$/.test(text) ? text : `${text}.`);

/**
 * The ready departments' sentences as one paragraph, each after its department's name:
 * "Avdelningarna om sitt arbete: Regionservice: Vi har … Ekonomi: …". Empty when none wrote one.
 */
export function readinessParagraph(rows: readonly DepartmentReadinessRow[], locale: ReportLocale): string {
  const said = rows.filter((row) => row.ready && row.sentence !== '');
  if (said.length === 0) return '';
  const lead = locale === 'sv-SE' ? 'Avdelningarna om sitt arbete:' : 'The departments on their work:';
  return [lead, ...said.map((row) => `${row.name}: ${asSentence(row.sentence)}`)].join(' ');
}
