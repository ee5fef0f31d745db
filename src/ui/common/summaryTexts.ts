// The texts the summary's year leaves out (activities' titles and statuses, follow-ups' grades and
// comments), read when something that shows them opens: a department, a goal's page, a group of
// gaps. What was read is kept with the picture it belongs to, so opening it again reads nothing;
// a reload of the year is a new picture and reads them afresh.

import type { ActivityStatus, FollowUpPeriod, ImplementationGrade, YearPicture } from '../../domain/model';
import { compareSwedish } from '../../domain/collation';
import type { IMiljoRepository, SummaryTextsWanted } from '../../ports';
import type { IPictureIndex } from './pictureIndex';
import { useServices } from '../services/services';
import { useLoad } from './useLoad';

interface KnownTexts {
  activities: Map<number, { title: string; status: ActivityStatus }>;
  followUps: Map<number, { grade: ImplementationGrade; comment: string }>;
  /** Asked for and not found (deleted or moved since the year was read): not asked again. */
  askedActivities: Set<number>;
  askedFollowUps: Set<number>;
  /** Only the picture's own items are asked for (a fastställd report's index names its own); built when first asked. */
  activityIds?: ReadonlySet<number>;
  followUpIds?: ReadonlySet<number>;
}

const knownByPicture = new WeakMap<YearPicture, KnownTexts>();

function knownOf(picture: YearPicture): KnownTexts {
  let known = knownByPicture.get(picture);
  if (known === undefined) {
    known = {
      activities: new Map(), followUps: new Map(), askedActivities: new Set(), askedFollowUps: new Set()
    };
    // A lifted activity's texts came with the year.
    for (const activity of picture.activities) {
      if (activity.highlighted === true) known.activities.set(activity.id, { title: activity.title, status: activity.status });
    }
    knownByPicture.set(picture, known);
  }
  return known;
}

function missing(known: KnownTexts, picture: YearPicture, wanted: SummaryTextsWanted): SummaryTextsWanted {
  if (wanted.activityIds.length === 0 && wanted.followUpIds.length === 0) return wanted;
  // The sets of 50,000 ids each in a large region: not before the first texts are wanted.
  const activityIds = (known.activityIds ??= new Set(picture.activities.map((activity) => activity.id)));
  const followUpIds = (known.followUpIds ??= new Set(picture.followUps.map((followUp) => followUp.id)));
  return {
    activityIds: [...new Set(wanted.activityIds)].filter((id) => activityIds.has(id) && !known.activities.has(id) && !known.askedActivities.has(id)),
    followUpIds: [...new Set(wanted.followUpIds)].filter((id) => followUpIds.has(id) && !known.followUps.has(id) && !known.askedFollowUps.has(id))
  };
}

async function readMissing(repository: IMiljoRepository, picture: YearPicture, wanted: SummaryTextsWanted): Promise<void> {
  const known = knownOf(picture);
  const asked = missing(known, picture, wanted);
  if (asked.activityIds.length === 0 && asked.followUpIds.length === 0) return;
  const texts = await repository.loadSummaryTexts(picture.year, asked);
  for (const [id, text] of texts.activities) known.activities.set(id, text);
  for (const [id, text] of texts.followUps) known.followUps.set(id, text);
  for (const id of asked.activityIds) known.askedActivities.add(id);
  for (const id of asked.followUpIds) known.askedFollowUps.add(id);
}

/** The picture with every text read so far put in (what is not read keeps the year's blanks). */
export function pictureWithTexts(picture: YearPicture): YearPicture {
  const known = knownOf(picture);
  return {
    ...picture,
    activities: picture.activities.map((activity) => {
      const text = known.activities.get(activity.id);
      return text === undefined ? activity : { ...activity, ...text };
    }),
    followUps: picture.followUps.map((followUp) => {
      const text = known.followUps.get(followUp.id);
      return text === undefined ? followUp : { ...followUp, ...text };
    })
  };
}

/**
 * The index answering with the texts read so far: activities (also listed per allocation, by title
 * as the index orders them) and follow-ups carry their title, status, grade and comment.
 */
export function indexWithTexts(index: IPictureIndex): IPictureIndex {
  const known = knownOf(index.picture);
  const withText = <T extends { id: number }, U>(item: T | undefined, texts: ReadonlyMap<number, U>): T | undefined => {
    const text = item === undefined ? undefined : texts.get(item.id);
    return text === undefined ? item : { ...item!, ...text };
  };
  return {
    ...index,
    activity: (id) => withText(index.activity(id), known.activities),
    activitiesOf: (allocationId) => index.activitiesOf(allocationId)
      .map((activity) => withText(activity, known.activities)!)
      .sort((a, b) => compareSwedish(a.title, b.title) || a.id - b.id),
    followUp: (activityId: number, period: FollowUpPeriod) => withText(index.followUp(activityId, period), known.followUps)
  };
}

export type SummaryTextsState =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown; retry: () => void }
  | { kind: 'loaded' };

/**
 * Reads the texts `wanted` asks for that are not read yet (at once when all are). Give a memoised
 * `wanted`: a new one asks again (only for what is still missing).
 */
export function useSummaryTexts(picture: YearPicture, wanted: SummaryTextsWanted): SummaryTextsState {
  const { repository } = useServices();
  const complete = (): boolean => {
    const asked = missing(knownOf(picture), picture, wanted);
    return asked.activityIds.length === 0 && asked.followUpIds.length === 0;
  };
  const load = useLoad(complete() ? undefined : () => readMissing(repository, picture, wanted), [repository, picture, wanted]);
  // Asked for more since the last answer: loading until the hook has read it.
  if (complete()) return { kind: 'loaded' };
  return load.status === 'error' ? { kind: 'error', error: load.error, retry: load.retry } : { kind: 'loading' };
}

/** For a one-off use outside a component (freezing a report): the picture once its texts are read. */
export async function readPictureTexts(repository: IMiljoRepository, picture: YearPicture, wanted: SummaryTextsWanted): Promise<YearPicture> {
  await readMissing(repository, picture, wanted);
  return pictureWithTexts(picture);
}
