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
import { targetFromSearch, type NavTarget } from '../../ui/navigation';
import { strings } from './strings';
import { uiLocaleOf } from './uiLocale';
import { KoladaClient, koladaAddress, koladaBaseUrl } from '../../data/kolada/koladaClient';
import type { IKolada } from '../../ports';

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

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.target = targetFromSearch(window.location.search);
    await ensureIcons();
    this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.sharePointTheme = this.themeProvider.tryGetTheme();
    this.themeProvider.themeChangedEvent.add(this, this.handleThemeChanged);
    await this.followTeamsTheme();
    await this.useSite();
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
      pages: { allocation: usablePageUrl(this.properties.allocationPageUrl), myUnit: usablePageUrl(this.properties.myUnitPageUrl) },
      helpPage: usablePageUrl(this.properties.helpPageUrl),
      kolada: this.koladaClient()
    });
    ReactDom.render(React.createElement(FluentThemeProvider, { theme: this.currentTheme(), applyTo: 'element' }, app), this.domElement);
  }

  private koladaClient(): IKolada {
    const url = koladaAddress(this.properties.koladaUrl);
    if (this.kolada?.url !== url) this.kolada = { url, client: new KoladaClient({ baseUrl: url }) };
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
      this.useSite().then(() => this.render(), () => undefined);
    }
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

  /** In Teams, Fluent UI does not follow the client's theme by itself: map it, and follow changes. */
  private async followTeamsTheme(): Promise<void> {
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) return;
    const [teamsContext, themes] = await Promise.all([
      teams.teamsJs.app.getContext(),
      import(/* webpackChunkName: 'miljomal-teams-themes' */ '../../ui/theme/teamsThemes')
    ]);
    this.teamsThemeOf = (name) => themes.teamsFluentTheme(themes.teamsTheme(name));
    this.teamsThemeName = teamsContext.app.theme;
    teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
      this.teamsThemeName = theme;
      this.render();
    });
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
