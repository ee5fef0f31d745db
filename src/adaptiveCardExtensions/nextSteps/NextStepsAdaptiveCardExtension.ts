import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { PropertyPaneLabel, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseAdaptiveCardExtension, type RenderType } from '@microsoft/sp-adaptive-card-extension-base';
import * as strings from 'MiljomalCardStrings';
import { placeHref, type NavTarget } from '../../domain/places/place';
import { pageWithPlaceSlot } from '../../domain/places/teamsLinks';
import { checkPageUrl, checkSiteUrl, usablePageUrl } from '../../webparts/miljomal/siteUrlValidation';
import { createServices } from '../../webparts/miljomal/services';
import { readTeamsAppLink } from '../../webparts/miljomal/teamsAppLink';
import type { CardDisplay } from './cardText';
import { cardViewId, quickViewId, type INextStepsCardProperties, type INextStepsCardState } from './cardState';
import { format } from './cardText';
import { loadCard } from './loadCard';
import { CardView } from './cardView/CardView';
import { QuickView } from './quickView/QuickView';

/**
 * SPFx's card cache (beta in 1.23.2: `onInit(cachedLoadParameters)`, `getCachedState`,
 * `getCacheSettings`, declared in the package's index-internal-beta.d.ts but not in the typings it
 * points to), as that file declares them.
 */
interface ICachedLoadParameters {
  state: unknown;
  cardNavigatorState: string[];
}
interface ICacheSettings {
  isEnabled: boolean;
  expiryTimeInSeconds: number;
}


/** The YYYY-MM-DD of the user's calendar. */
function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Thin shell of the Viva Connections card: properties and strings in, the port read with the
 * summary's lean year, the display kept in SPFx's card cache (shown at once on the next visit) and
 * read again when the card loads and when its quick view opens.
 */
export default class NextStepsAdaptiveCardExtension extends BaseAdaptiveCardExtension<INextStepsCardProperties, INextStepsCardState> {
  private refreshing: Promise<void> | undefined;

  public async onInit(cachedLoadParameters?: ICachedLoadParameters): Promise<void> {
    const cached = cachedLoadParameters?.state as INextStepsCardState | undefined;
    this.state = cached?.display !== undefined ? { status: 'ready', display: cached.display } : { status: 'loading' };
    this.cardNavigator.register(cardViewId, () => new CardView());
    this.quickViewNavigator.register(quickViewId, () => new QuickView());
    // Not awaited: the card shows its cached state (or "Hämtar …") at once and updates when read.
    void this.refresh();
  }

  protected getCachedState(state: INextStepsCardState): Partial<INextStepsCardState> {
    return state.display === undefined ? {} : { status: 'ready', display: state.display };
  }

  protected getCacheSettings(): Partial<ICacheSettings> {
    return { isEnabled: true, expiryTimeInSeconds: 24 * 60 * 60 };
  }

  protected renderCard(): string | undefined {
    return cardViewId;
  }

  protected onRenderTypeChanged(oldRenderType: RenderType): void {
    // The quick view opens: read again, so its list is as the lists are now.
    if (oldRenderType === 'Card' && this.renderType === 'QuickView') void this.refresh();
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    if (['siteUrl', 'myUnitPageUrl', 'allocationPageUrl'].includes(propertyPath)) void this.refresh();
  }

  /** One read at a time; a failure keeps what is shown (the cached card) and says so only when there is nothing. */
  public refresh(): Promise<void> {
    if (this.refreshing !== undefined) return this.refreshing;
    this.refreshing = this.read().then((display) => {
      this.setState({ status: 'ready', display });
    }, () => {
      if (this.state.display === undefined) this.setState({ status: 'failed' });
    }).then(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async read(): Promise<CardDisplay> {
    const currentSiteUrl = this.context.pageContext.web.absoluteUrl;
    const services = await createServices(this.context, this.properties.siteUrl);
    const myUnit = usablePageUrl(this.properties.myUnitPageUrl);
    const allocation = usablePageUrl(this.properties.allocationPageUrl);
    const teamsLink = myUnit === undefined || allocation === undefined ? await readTeamsAppLink(this.context).catch(() => undefined) : undefined;
    const slotted = (page: string | undefined): string | undefined => (page === undefined ? undefined : pageWithPlaceSlot(page));
    const pages = { myUnit: slotted(myUnit ?? teamsLink), allocation: slotted(allocation ?? teamsLink) };
    // Without a page for a view, the place opens on the lists' site's home page, where the web part usually is.
    const home = services.siteUrl || currentSiteUrl;
    const stamp = Date.now();
    const hrefFor = (target: NavTarget): string => placeHref(target, pages, `${home}/`, stamp);
    return loadCard(services.repository, localToday(), strings, this.context.pageContext.cultureInfo.currentUICultureName || 'sv-SE', hrefFor);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const currentSiteUrl = this.context.pageContext.web.absoluteUrl;
    const siteMessage = (value: string): string => {
      switch (checkSiteUrl(value ?? '', currentSiteUrl)) {
        case undefined: return '';
        case 'notAUrl': return strings.UrlNotAUrl;
        case 'notHttps': return strings.UrlNotHttps;
        case 'otherTenant': return format(strings.UrlOtherTenant, new URL(currentSiteUrl).hostname);
      }
    };
    const pageMessage = (value: string): string => {
      switch (checkPageUrl(value ?? '')) {
        case undefined: return '';
        case 'notAUrl': return strings.UrlNotAUrl;
        case 'notHttps': return strings.UrlNotHttps;
      }
    };
    return {
      pages: [{
        header: { description: strings.PropertyPaneDescription },
        groups: [{
          groupName: strings.SettingsGroupName,
          groupFields: [
            PropertyPaneTextField('siteUrl', { label: strings.SiteUrlFieldLabel, description: strings.SiteUrlFieldDescription, onGetErrorMessage: siteMessage, deferredValidationTime: 400 })
          ]
        }, {
          groupName: strings.PagesGroupName,
          groupFields: [
            PropertyPaneLabel('pagesDescription', { text: strings.PagesDescription }),
            PropertyPaneTextField('myUnitPageUrl', { label: strings.MyUnitPageFieldLabel, onGetErrorMessage: pageMessage, deferredValidationTime: 400 }),
            PropertyPaneTextField('allocationPageUrl', { label: strings.AllocationPageFieldLabel, onGetErrorMessage: pageMessage, deferredValidationTime: 400 })
          ]
        }]
      }]
    };
  }
}
