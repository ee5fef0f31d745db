import {
  BaseComponentsCardView, PrimaryTextCardView, type ComponentsCardViewParameters, type IExternalLinkCardAction, type IQuickViewCardAction
} from '@microsoft/sp-adaptive-card-extension-base';
import * as strings from 'MiljomalCardStrings';
import { quickViewId, type INextStepsCardProperties, type INextStepsCardState } from '../cardState';

/**
 * The card on the dashboard: the unit (or department, or region) and its line, "Måltidsservice:
 * 2 uppföljningar före 15 januari". Medium shows one button (the list); Large also opens Miljömål
 * at the first item.
 */
export class CardView extends BaseComponentsCardView<INextStepsCardProperties, INextStepsCardState, ComponentsCardViewParameters> {
  public get cardViewParameters(): ComponentsCardViewParameters {
    const { status, display } = this.state;
    const heading = display?.heading ?? strings.CardTitle;
    const primary = display?.primary ?? (status === 'failed' ? strings.LoadFailed : strings.Loading);
    const show = { componentName: 'cardButton' as const, title: strings.Show, action: { type: 'QuickView' as const, parameters: { view: quickViewId } } };
    const open = display?.openHref === undefined ? undefined : {
      componentName: 'cardButton' as const, title: strings.Open,
      action: { type: 'ExternalLink' as const, parameters: { target: display.openHref, isTeamsDeepLink: display.openInTeams === true } }
    };
    return PrimaryTextCardView({
      cardBar: { componentName: 'cardBar', title: strings.CardTitle },
      header: { componentName: 'text', text: heading },
      body: { componentName: 'text', text: primary },
      footer: this.cardSize === 'Large' && open !== undefined ? [show, open] : show
    });
  }

  public get onCardSelection(): IQuickViewCardAction | IExternalLinkCardAction | undefined {
    return { type: 'QuickView', parameters: { view: quickViewId } };
  }
}
