// Reading a year: the whole of it for the editing views, the lean one the summary counts, and its texts.
// Part of the port (repository.ts composes the parts): SharePointRepository (src/data) is the real
// one, MemoryRepository (test/support) the tests' twin, and test/contract holds both to the same expectations.
import type { ActivityStatus, ImplementationGrade, YearPicture } from '../domain/model';
import type { ItemVersions } from './collections';

/** A year's whole picture with the version of every item in it. */
export interface LoadedYear {
  picture: YearPicture;
  etags: ItemVersions;
}

/** Which texts of the summary's year to read: activities and follow-ups by id. */
export interface SummaryTextsWanted {
  activityIds: readonly number[];
  followUpIds: readonly number[];
}

/**
 * The texts the summary's year leaves out, of the activities and follow-ups asked for that are
 * still of the year (one deleted or moved to another year since is not here).
 */
export interface SummaryTexts {
  activities: ReadonlyMap<number, { title: string; status: ActivityStatus }>;
  followUps: ReadonlyMap<number, { grade: ImplementationGrade; comment: string }>;
}

/** Reads reject only with a ReadError (readError.ts). */
export interface IReading {
  /**
   * Tells `listener` when SharePoint has asked requests to wait (throttling) and until when, and
   * `undefined` when nothing waits any more; at once with the present state. Answers a stop function.
   */
  watchWaits(listener: (retryAt: Date | undefined) => void): () => void;
  /** The whole year with every item's version: what the editing views and the export read. */
  loadYear(year: number): Promise<LoadedYear>;
  /**
   * The year as the summary counts it, in the fewest bytes: no item versions (the summary never
   * writes), and none of what only the editing views and the export show: units' heads,
   * allocations' note and who allocated when (a nameless person, ''), activities' description ('')
   * responsible and end date, follow-ups' who and when. Nor the texts only an opened department or
   * goal shows (loadSummaryTexts): an activity's title and status come only with one lifted in the
   * report (its sentence names them), the others are '' and 'planerad' and not `highlighted`; a
   * follow-up's grade is undefined and its comment ''. Where the browser can keep it, served from
   * a cache of the year that SharePoint's change log keeps fresh; never an older picture than the
   * lists hold when it answers.
   */
  loadSummaryYear(year: number): Promise<YearPicture>;
  /**
   * The titles and statuses of some activities of the year and the grades and comments of some
   * follow-ups, which loadSummaryYear leaves out: what an opened department or goal shows. One
   * round trip whatever the number ($batches sent together; whole id windows where many are asked for).
   */
  loadSummaryTexts(year: number, wanted: SummaryTextsWanted): Promise<SummaryTexts>;
  /** Years that have goals, newest first. */
  years(): Promise<number[]>;
}
