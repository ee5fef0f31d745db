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

/** A stored property may come from an older or hand-edited page: fall back to the summary. */
export function toView(value: unknown): MiljomalView {
  return allViews.find((view) => view === value) ?? 'summary';
}
