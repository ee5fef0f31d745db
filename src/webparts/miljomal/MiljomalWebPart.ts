import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IPropertyPaneConfiguration, PropertyPaneDropdown, PropertyPaneLabel, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { PartialTheme, ThemeProvider as FluentThemeProvider } from '@fluentui/react/lib/Theme';
import { MiljomalApp } from '../../ui/MiljomalApp';
import { allViews, storedView, viewLabel } from '../../ui/views';
import { ensureIcons } from './icons';
import { createServices, Services } from './services';
import { checkPageUrl, checkSiteUrl, pageUrlMessage, siteUrlMessage, usablePageUrl } from './siteUrlValidation';
import { targetFromSearch, type NavTarget, type ViewPages } from '../../ui/navigation';
import { strings } from './strings';
import { uiLocaleOf } from './uiLocale';
import { koladaAddress, koladaBaseUrl } from '../../data/kolada/koladaAddress';
import { lazyKolada } from '../../data/kolada/lazyKolada';
import type { IKolada } from '../../ports';
import { forvaltningarOf, textName } from '../../domain/organisation';
import { format } from '../../ui/format';

/** The Teams-only module, loaded with Teams' themes. */
type TeamsArrival = typeof import('./teamsArrival');

export interface IMiljomalWebPartProps {
  view: string;
  siteUrl: string;
  /** The page or Teams tab that shows Fördelning, for links from elsewhere; empty: this page. */
  allocationPageUrl?: string;
  /** The page or Teams tab that shows Min enhet. */
  myUnitPageUrl?: string;
  /** Where the role guides live: a folder ending in "/" (one page per role) or one page; empty hides Help. */
  helpPageUrl?: string;
  /** Kolada's API (https); empty is Kolada's own, https://api.kolada.se/v3. */
  koladaUrl?: string;
  /** The förvaltning's item id, as text (the dropdown's key): a nämnd's page shows only its own; empty, all. */
  forvaltning?: string;
}

/** Thin host: property pane, theme and language in; services made once; the React root out. */
export default class MiljomalWebPart extends BaseClientSideWebPart<IMiljomalWebPartProps> {
  private themeProvider: ThemeProvider | undefined;
  private sharePointTheme: IReadonlyTheme | undefined;
  /** Set when the web part runs in Teams: "default", "dark" or "contrast". */
  private teamsThemeName: string | undefined;
  /** Teams' palettes as Fluent themes, loaded only in Teams (a SharePoint page never needs them). */
  private teamsThemeOf: ((teamsThemeName: string) => PartialTheme) | undefined;
  private services!: Services;
  private canManageLists = false;
  /** The place a link sent the page to, read once: later renders (theme, property pane) keep the app's own state. */
  private target: NavTarget | undefined;
  /** One client per address the property names. */
  private kolada: { url: string; client: IKolada } | undefined;
  /** What to say about the place a Teams deep link gave the tab (a kept or unreadable one), above the views. */
  private landingNotice: React.ReactElement | undefined;
  /** In Teams, the tenant's Teams link for places, where the property pane names no page. */
  private teamsAppLink: string | undefined;
  /** The pages for links to places, a Teams tab's link made a deep link with the place's slot. */
  private pages: ViewPages = {};

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.target = targetFromSearch(window.location.search);
    await ensureIcons();
    this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.sharePointTheme = this.themeProvider.tryGetTheme();
    this.themeProvider.themeChangedEvent.add(this, this.handleThemeChanged);
    const teams = await this.followTeams();
    await Promise.all([this.useSite(), this.preparePages()]);
    if (teams !== undefined) this.readTeamsAppLink(teams);
  }

  public render(): void {
    const app = React.createElement(MiljomalApp, {
      view: storedView(this.properties.view),
      strings,
      repository: this.services.repository,
      locale: uiLocaleOf(strings),
      canManageLists: this.canManageLists,
      siteUrl: this.services.siteUrl,
      target: this.target,
      pages: this.pages,
      helpPage: usablePageUrl(this.properties.helpPageUrl),
      kolada: this.koladaClient(),
      forvaltningId: Number(this.properties.forvaltning) || undefined
    });
    ReactDom.render(React.createElement(FluentThemeProvider, { theme: this.currentTheme(), applyTo: 'element' }, this.landingNotice, app), this.domElement);
  }

  private koladaClient(): IKolada {
    const url = koladaAddress(this.properties.koladaUrl);
    if (this.kolada?.url !== url) this.kolada = { url, client: lazyKolada(url) };
    return this.kolada.client;
  }

  protected onDispose(): void {
    this.themeProvider?.themeChangedEvent.remove(this, this.handleThemeChanged);
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    if (propertyPath === 'siteUrl') {
      this.forvaltningOptions = undefined;
      this.useSite().then(() => this.render(), () => undefined);
    }
    if (propertyPath === 'allocationPageUrl' || propertyPath === 'myUnitPageUrl') {
      this.preparePages().then(() => this.render(), () => undefined);
    }
  }

  /** The förvaltningar the property pane offers, read when it opens; undefined until then. */
  private forvaltningOptions: Array<{ key: string; text: string }> | undefined;

  protected onPropertyPaneConfigurationStart(): void {
    if (this.forvaltningOptions !== undefined) return;
    this.services.repository.loadSummaryYear(new Date().getFullYear()).then((picture) => {
      this.forvaltningOptions = forvaltningarOf(picture.orgUnits).map((unit) => ({ key: String(unit.id), text: textName(unit) }));
      this.context.propertyPane.refresh();
    }, () => { this.forvaltningOptions = []; });
  }

  private forvaltningField(): ReturnType<typeof PropertyPaneDropdown> {
    const chosen = this.properties.forvaltning ?? '';
    const known = this.forvaltningOptions ?? [];
    // A page set to a förvaltning no longer listed (or not read yet) still shows what it is set to.
    const unknown = chosen !== '' && !known.some((option) => option.key === chosen) ? [{ key: chosen, text: format(strings.ForvaltningFieldUnknown, chosen) }] : [];
    return PropertyPaneDropdown('forvaltning', {
      label: strings.ForvaltningFieldLabel,
      options: [{ key: '', text: strings.ForvaltningFieldAll }, ...known, ...unknown],
      selectedKey: chosen
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const currentSiteUrl = this.context.pageContext.web.absoluteUrl;
    return {
      pages: [{
        header: { description: strings.PropertyPaneDescription },
        groups: [{
          groupName: strings.SettingsGroupName,
          groupFields: [
            PropertyPaneDropdown('view', {
              label: strings.ViewFieldLabel,
              options: [
                { key: '', text: strings.ViewFollowUser },
                ...allViews.map((view) => ({ key: view, text: viewLabel(view, strings) }))
              ],
              selectedKey: storedView(this.properties.view) ?? ''
            }),
            this.forvaltningField(),
            PropertyPaneLabel('forvaltningDescription', { text: strings.ForvaltningFieldDescription }),
            PropertyPaneTextField('siteUrl', {
              label: strings.SiteUrlFieldLabel,
              description: strings.SiteUrlFieldDescription,
              onGetErrorMessage: (value: string) =>
                siteUrlMessage(checkSiteUrl(value, currentSiteUrl), currentSiteUrl, strings),
              deferredValidationTime: 400
            })
          ]
        }, {
          groupName: strings.PagesGroupName,
          groupFields: [
            PropertyPaneLabel('pagesDescription', { text: strings.PagesGroupDescription }),
            PropertyPaneLabel('pagesTeamsDescription', { text: strings.PagesTeamsDescription }),
            PropertyPaneTextField('allocationPageUrl', {
              label: strings.AllocationPageFieldLabel,
              description: strings.PageUrlFieldDescription,
              onGetErrorMessage: (value: string) => pageUrlMessage(checkPageUrl(value ?? ''), strings),
              deferredValidationTime: 400
            }),
            PropertyPaneTextField('myUnitPageUrl', {
              label: strings.MyUnitPageFieldLabel,
              description: strings.PageUrlFieldDescription,
              onGetErrorMessage: (value: string) => pageUrlMessage(checkPageUrl(value ?? ''), strings),
              deferredValidationTime: 400
            }),
            PropertyPaneTextField('helpPageUrl', {
              label: strings.HelpPageFieldLabel,
              description: strings.HelpPageFieldDescription,
              onGetErrorMessage: (value: string) => pageUrlMessage(checkPageUrl(value ?? ''), strings),
              deferredValidationTime: 400
            }),
            PropertyPaneTextField('koladaUrl', {
              label: strings.KoladaUrlFieldLabel,
              description: strings.KoladaUrlFieldDescription,
              placeholder: koladaBaseUrl,
              onGetErrorMessage: (value: string) => ((value ?? '').trim() === '' || koladaAddress(value) !== koladaBaseUrl || value.trim().replace(/\/+$/, '') === koladaBaseUrl
                ? '' : strings.KoladaUrlFieldInvalid),
              deferredValidationTime: 400
            })
          ]
        }]
      }]
    };
  }

  /** Services for the configured site; who may create lists there is asked once, in the background. */
  private async useSite(): Promise<void> {
    this.services = await createServices(this.context, this.properties.siteUrl);
    this.canManageLists = false;
    const services = this.services;
    services.repository.canManageLists().then((may) => {
      if (may && this.services === services) {
        this.canManageLists = true;
        this.render();
      }
    }, () => undefined);
  }

  /**
   * In Teams: the place a deep link sent the tab to (`page.subPageId`), where the page's query names
   * none; and the client's theme, which Fluent UI does not follow by itself: map it, and follow changes.
   */
  private async followTeams(): Promise<TeamsArrival | undefined> {
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) return undefined;
    const [teamsContext, themes, arrivals] = await Promise.all([
      teams.teamsJs.app.getContext(),
      import(/* webpackChunkName: 'miljomal-teams-themes' */ '../../ui/theme/teamsThemes'),
      import(/* webpackChunkName: 'miljomal-teams-themes' */ './teamsArrival')
    ]);
    if (this.target === undefined) {
      const arrival = arrivals.arriveFromTeams(teamsContext.page?.subPageId, arrivals.localStorageOrNone());
      this.target = arrival.target;
      this.landingNotice = arrival.notice === undefined ? undefined : arrivals.landingNoticeBar(arrival.notice, strings);
    }
    this.teamsThemeOf = (name) => themes.teamsFluentTheme(themes.teamsTheme(name));
    this.teamsThemeName = teamsContext.app.theme;
    teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
      this.teamsThemeName = theme;
      this.render();
    });
    return arrivals;
  }

  /** In Teams, where the property pane names no page for a view, links may open in the tenant's Teams app. */
  private readTeamsAppLink(arrivals: TeamsArrival): void {
    if (usablePageUrl(this.properties.allocationPageUrl) !== undefined && usablePageUrl(this.properties.myUnitPageUrl) !== undefined) return;
    arrivals.readTeamsAppLink(this.context).then((link) => {
      if (link === undefined) return;
      this.teamsAppLink = link;
      this.preparePages().then(() => this.render(), () => undefined);
    }, () => undefined);
  }

  /**
   * The pages links to places go to: the property pane's, else (in Teams) the tenant's Teams link. A
   * Teams tab's link is made a deep link with the place's slot by a chunk loaded only then.
   */
  private async preparePages(): Promise<void> {
    const allocation = usablePageUrl(this.properties.allocationPageUrl) ?? this.teamsAppLink;
    const myUnit = usablePageUrl(this.properties.myUnitPageUrl) ?? this.teamsAppLink;
    if (![allocation, myUnit].some((page) => page?.includes('/l/entity/'))) {
      this.pages = { allocation, myUnit };
      return;
    }
    const { pageWithPlaceSlot } = await import(/* webpackChunkName: 'miljomal-teams-links' */ '../../domain/places/teamsLinks');
    this.pages = { allocation: allocation && pageWithPlaceSlot(allocation), myUnit: myUnit && pageWithPlaceSlot(myUnit) };
  }

  private currentTheme(): PartialTheme | undefined {
    if (this.teamsThemeName !== undefined && this.teamsThemeOf !== undefined) return this.teamsThemeOf(this.teamsThemeName);
    // A section background arrives here as a theme variant from SPFx's ThemeProvider.
    return this.sharePointTheme as PartialTheme | undefined;
  }

  private handleThemeChanged(args: ThemeChangedEventArgs): void {
    this.sharePointTheme = args.theme;
    this.render();
  }
}

