import type { CurrentUser } from '../ports';

/** The views a page author can choose in the property pane; the value is what the page stores. */
export type MiljomalView = 'summary' | 'allocation' | 'myUnit' | 'administration' | 'indicators';

export const allViews: readonly MiljomalView[] = ['summary', 'allocation', 'myUnit', 'administration', 'indicators'];

export function viewLabel(view: MiljomalView, strings: IMiljomalWebPartStrings): string {
  switch (view) {
    case 'summary': return strings.ViewSummary;
    case 'allocation': return strings.ViewAllocation;
    case 'myUnit': return strings.ViewMyUnit;
    case 'administration': return strings.ViewAdministration;
    case 'indicators': return strings.ViewIndicators;
  }
}

/** The view a page stored, or undefined where it left the view unset: then the view follows the user. */
export function storedView(value: unknown): MiljomalView | undefined {
  return allViews.find((view) => view === value);
}

/** Where each role starts when the page does not say: the work that role comes to do. */
export function followedView(user: Pick<CurrentUser, 'isRegionalStaff' | 'isDepartmentHead' | 'isUnitHead'>): MiljomalView {
  if (user.isRegionalStaff) return 'summary';
  if (user.isDepartmentHead) return 'allocation';
  if (user.isUnitHead) return 'myUnit';
  return 'summary';
}

/** The views a role may switch between where the view follows the user. */
export function switchableViews(user: Pick<CurrentUser, 'isRegionalStaff' | 'isDepartmentHead' | 'isUnitHead'>): MiljomalView[] {
  return allViews.filter((view) => view !== 'administration' || user.isRegionalStaff);
}

/** A stored property may come from an older or hand-edited page: fall back to the summary. */
export function toView(value: unknown): MiljomalView {
  return allViews.find((view) => view === value) ?? 'summary';
}
