// The card in words: the card view's heading and line, and the quick view's Adaptive Card, from the
// card's content (src/domain/card), the names the lean year leaves out, the strings and where each
// place's link goes. Plain TypeScript: jest checks it for each role, the host renders its Adaptive
// Card in Chromium with the adaptivecards package.
import type { CardContent, CardItem } from '../../domain/card/cardContent';
import type { FollowUpPeriod, IsoDate } from '../../domain/model';
import type { NavTarget } from '../../domain/places/place';

/** Names the card shows, which the lean year does not carry (titles) or carries by id. */
export interface CardNames {
  orgUnit(id: number): string;
  goalCode(id: number): string;
  activityTitle(id: number): string | undefined;
}

export interface CardDisplayItem {
  text: string;
  detail: string;
  href: string;
}

/** What the card shows, kept in SPFx's card cache (getCachedState) so the next visit shows it at once. */
export interface CardDisplay {
  heading: string;
  primary: string;
  quickViewTitle: string;
  items: CardDisplayItem[];
  /** Where "Öppna Miljömål" goes: the first item's view, or Min enhet's page. */
  openHref?: string;
  /** The open link is a Teams deep link (SPFx opens it in Teams). */
  openInTeams?: boolean;
}

export type CardStrings = IMiljomalCardStrings;

export function format(text: string, ...values: Array<string | number>): string {
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => (values[Number(index)] === undefined ? whole : String(values[Number(index)])));
}

function day(date: IsoDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function periodName(period: FollowUpPeriod, strings: CardStrings): string {
  return format(period.kind === 'delar' ? strings.PeriodDelar : strings.PeriodHelar, period.year);
}

function count(n: number, one: string, many: string, ...rest: string[]): string {
  return n === 1 ? format(one, ...rest) : format(many, n, ...rest);
}

function primaryLine(content: CardContent, strings: CardStrings, locale: string): string {
  const { headline, deadlineState } = content;
  switch (headline.kind) {
    case 'unitSteps': {
      if (headline.followUps > 0) {
        const deadline = day(content.deadline, locale);
        return deadlineState.kind === 'late'
          ? count(headline.followUps, strings.FollowUpsLateOne, strings.FollowUpsLateMany, deadline)
          : count(headline.followUps, strings.FollowUpsBeforeOne, strings.FollowUpsBeforeMany, deadline);
      }
      if (headline.addActivities > 0) return count(headline.addActivities, strings.GoalsWithoutActivitiesOne, strings.GoalsWithoutActivitiesMany);
      return format(strings.AllDone, periodName(content.period, strings));
    }
    case 'departmentUnits':
      if (headline.unitsReady === headline.unitsTotal && headline.unitsTotal > 0) return format(strings.UnitsReady, headline.unitsReady, headline.unitsTotal);
      if (headline.unitsLate > 0) return format(strings.UnitsLate, headline.unitsLate, headline.unitsTotal);
      if (headline.unitsWithoutActivities > 0) return format(strings.UnitsWithoutActivities, headline.unitsWithoutActivities, headline.unitsTotal);
      return format(strings.UnitsOnTrack, headline.unitsTotal);
    case 'regionCoverage':
      return format(strings.RegionHeadline, headline.departmentsWithAllGoals, headline.departments, headline.activitiesFollowedUp, headline.activitiesDue)
        + format(strings.RegionReady, headline.departmentsReady, headline.departments);
    case 'nothing':
      return strings.NothingToDo;
  }
}

function headingOf(content: CardContent, names: CardNames, strings: CardStrings): string {
  switch (content.headline.kind) {
    case 'unitSteps': return names.orgUnit(content.headline.orgUnitId);
    case 'departmentUnits': return names.orgUnit(content.headline.departmentId);
    case 'regionCoverage': return content.headline.forvaltningId === undefined ? strings.Region : names.orgUnit(content.headline.forvaltningId);
    case 'nothing': return strings.CardTitle;
  }
}

function deadlineDetail(content: CardContent, strings: CardStrings, locale: string): string {
  const state = content.deadlineState;
  switch (state.kind) {
    case 'open': return state.daysLeft === 0 ? strings.ItemLastDay : count(state.daysLeft, strings.ItemDaysLeftOne, strings.ItemDaysLeftMany);
    case 'late': return format(strings.ItemLateSince, day(state.deadline, locale));
    case 'notOpen': return format(strings.ItemNotOpen, day(state.opensOn, locale));
  }
}

function itemText(item: CardItem, content: CardContent, names: CardNames, strings: CardStrings, locale: string): Omit<CardDisplayItem, 'href'> {
  switch (item.kind) {
    case 'followUp':
      return {
        text: names.activityTitle(item.activityId) || format(strings.ActivityFallback, item.activityId),
        detail: [names.goalCode(item.goalId), format(strings.ItemFollowUp, periodName(content.period, strings)), deadlineDetail(content, strings, locale)]
          .filter((part) => part !== '').join(' · ')
      };
    case 'addActivity':
      return { text: names.goalCode(item.goalId), detail: strings.ItemAddActivity };
    case 'sentBack':
      return { text: format(strings.ItemSentBack, periodName(content.period, strings)), detail: item.comment };
    case 'unitLate':
      return { text: names.orgUnit(item.orgUnitId), detail: `${count(item.followUpsMissing, strings.ItemUnitLateOne, strings.ItemUnitLateMany)} · ${deadlineDetail(content, strings, locale)}` };
    case 'unitWithoutActivities':
      return { text: names.orgUnit(item.orgUnitId), detail: count(item.goalsWithoutActivities, strings.ItemUnitWithoutOne, strings.ItemUnitWithoutMany) };
    case 'departmentMissingGoals':
      return { text: names.orgUnit(item.departmentId), detail: format(strings.ItemDepartmentGoals, item.goalsAllocated, item.goalsPossible) };
    case 'forvaltningCoverage':
      return { text: names.orgUnit(item.forvaltningId),
        detail: format(strings.RegionHeadline, item.departmentsWithAllGoals, item.departments, item.activitiesFollowedUp, item.activitiesDue) };
  }
}

export function cardDisplay(content: CardContent, names: CardNames, strings: CardStrings, locale: string,
  hrefFor: (target: NavTarget) => string): CardDisplay {
  const items = content.items.map((item) => ({ ...itemText(item, content, names, strings, locale), href: hrefFor(item.target) }));
  return {
    heading: headingOf(content, names, strings),
    primary: primaryLine(content, strings, locale),
    quickViewTitle: format(strings.QuickViewTitle, periodName(content.period, strings)),
    items,
    ...(items[0] === undefined ? {} : { openHref: items[0].href, openInTeams: items[0].href.startsWith('https://teams.microsoft.com/l/entity/') })
  };
}

/** The quick view: a heading, then per item its text and detail, the item a link to its place. */
export function quickViewCard(display: CardDisplay, strings: CardStrings): Record<string, unknown> {
  const body: Array<Record<string, unknown>> = [
    // Not style "heading": adaptivecards 2.11 gives it role="heading" without aria-level (axe: critical).
    { type: 'TextBlock', text: display.quickViewTitle, size: 'Medium', weight: 'Bolder', wrap: true }
  ];
  if (display.items.length === 0) body.push({ type: 'TextBlock', text: display.primary, wrap: true });
  display.items.forEach((item, index) => {
    body.push({
      type: 'Container',
      id: `item-${index}`,
      separator: index > 0,
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: item.text, weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: item.detail, isSubtle: true, spacing: 'None', wrap: true }
      ],
      // No title: the link (role="link") is named by its visible text, which a title would replace
      // as its aria-label (axe: label-content-name-mismatch).
      selectAction: { type: 'Action.OpenUrl', url: item.href }
    });
  });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(display.openHref === undefined ? {} : { actions: [{ type: 'Action.OpenUrl', title: strings.Open, url: display.openHref }] })
  };
}
