// The card's data through the port, as the summary reads it: the current follow-up period's year
// in the lean read (served from the browser's cache of the year where there is one), the period's
// dates, who is looking (their groups and the org units they head), the period's klarmarkeringar, and
// the titles of the activities the card names. Five small reads besides the year; nothing the card does not show.
import { cardContent } from '../../domain/card/cardContent';
import { currentFollowUpPeriod } from '../../domain/period';
import type { FollowUpPeriod, IsoDate, Year } from '../../domain/model';
import { settingsOf } from '../../domain/periodSettings';
import type { NavTarget } from '../../domain/places/place';
import type { IMiljoRepository } from '../../ports';
import { cardDisplay, type CardDisplay, type CardStrings } from './cardText';

/**
 * The period the card follows, as the summary opens: today's when its year has goals; otherwise the
 * newest earlier year with goals, its helår (a region that has not made this year's goals yet).
 */
export function followedPeriod(yearsWithGoals: readonly Year[], today: IsoDate): FollowUpPeriod {
  const current = currentFollowUpPeriod(today);
  if (yearsWithGoals.length === 0 || yearsWithGoals.includes(current.year)) return current;
  const earlier = yearsWithGoals.filter((year) => year < current.year);
  const year = earlier.length > 0 ? Math.max(...earlier) : Math.max(...yearsWithGoals);
  return { year, kind: year < current.year ? 'helar' : 'delar' };
}

export async function loadCard(repository: IMiljoRepository, today: IsoDate, strings: CardStrings, locale: string,
  hrefFor: (target: NavTarget) => string): Promise<CardDisplay> {
  const period = followedPeriod(await repository.years(), today);
  const [picture, periods, user, headOfOrgUnitIds, readiness] = await Promise.all([
    repository.loadSummaryYear(period.year),
    repository.periodSettings(period.year).catch(() => undefined),
    repository.currentUser(),
    repository.headedOrgUnitIds(),
    // The klarmarkeringar are a help: without them the card says what it would have said before.
    repository.readiness(period.year).catch(() => undefined)
  ]);
  const settings = periods === undefined ? undefined : settingsOf(period, periods.periods);
  const content = cardContent({
    picture, period, today, readiness, viewer: { isRegionalStaff: user.isRegionalStaff, headOfOrgUnitIds, staffOfForvaltningIds: user.staffOfForvaltningIds },
    dates: settings === undefined ? undefined : { opensOn: settings.opensOn, deadline: settings.deadline }
  });
  const activityIds = content.items.flatMap((item) => (item.kind === 'followUp' ? [item.activityId] : []));
  const texts = activityIds.length === 0 ? undefined
    : await repository.loadSummaryTexts(period.year, { activityIds, followUpIds: [] }).catch(() => undefined);
  const units = new Map(picture.orgUnits.map((unit) => [unit.id, unit.name]));
  const goals = new Map(picture.goals.map((goal) => [goal.id, goal.code]));
  return cardDisplay(content, {
    orgUnit: (id) => units.get(id) ?? '',
    goalCode: (id) => goals.get(id) ?? '',
    activityTitle: (id) => texts?.activities.get(id)?.title
  }, strings, locale, hrefFor);
}
