// The card's properties and state, and its views' ids: shared by the extension and its views.
import type { CardDisplay } from './cardText';

export interface INextStepsCardProperties {
  /** The site with the lists, as the web part's property pane names it; empty: the tenant's setting, else this site. */
  siteUrl?: string;
  /** The page or Teams tab ("Copy link to tab") with Min enhet, where the items link; empty: the tenant's Teams link, else the lists' site. */
  myUnitPageUrl?: string;
  allocationPageUrl?: string;
}

export interface INextStepsCardState {
  status: 'loading' | 'ready' | 'failed';
  display?: CardDisplay;
}

export const cardViewId = 'MiljomalNextSteps_CARD_VIEW';
export const quickViewId = 'MiljomalNextSteps_QUICK_VIEW';
