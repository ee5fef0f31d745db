import { BaseAdaptiveCardQuickView, type ISPFxAdaptiveCard } from '@microsoft/sp-adaptive-card-extension-base';
import * as strings from 'MiljomalCardStrings';
import type { INextStepsCardProperties, INextStepsCardState } from '../cardState';
import { quickViewCard } from '../cardText';

/** The list: each item a link to its place in the tab, or on the page the property names. */
export class QuickView extends BaseAdaptiveCardQuickView<INextStepsCardProperties, INextStepsCardState> {
  public get template(): ISPFxAdaptiveCard {
    const display = this.state.display ?? { heading: strings.CardTitle, primary: this.state.status === 'failed' ? strings.LoadFailed : strings.Loading,
      quickViewTitle: strings.CardTitle, items: [] };
    return quickViewCard(display, strings) as unknown as ISPFxAdaptiveCard;
  }
}
