import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IPropertyPaneConfiguration, PropertyPaneDropdown, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { ThemeProvider as FluentThemeProvider } from '@fluentui/react/lib/Theme';
import * as strings from 'MiljomalWebPartStrings';
import { MiljomalApp } from '../../ui/MiljomalApp';
import { allViews, toView, viewLabel } from '../../ui/views';
import { checkSiteUrl, siteUrlMessage } from './siteUrlValidation';

export interface IMiljomalWebPartProps {
  view: string;
  siteUrl: string;
}

/** Thin host: reads the property pane and the theme, hands them to the React root. */
export default class MiljomalWebPart extends BaseClientSideWebPart<IMiljomalWebPartProps> {
  private themeProvider: ThemeProvider | undefined;
  private theme: IReadonlyTheme | undefined;

  protected async onInit(): Promise<void> {
    this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.theme = this.themeProvider.tryGetTheme();
    this.themeProvider.themeChangedEvent.add(this, this.handleThemeChanged);
    await super.onInit();
  }

  public render(): void {
    const app = React.createElement(MiljomalApp, { view: toView(this.properties.view), strings });
    // Section backgrounds and Teams themes arrive as an SPFx theme; Fluent controls read it from here.
    const themed = React.createElement(FluentThemeProvider, { theme: this.theme as never, applyTo: 'none' }, app);
    ReactDom.render(themed, this.domElement);
  }

  protected onDispose(): void {
    this.themeProvider?.themeChangedEvent.remove(this, this.handleThemeChanged);
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
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
              options: allViews.map((view) => ({ key: view, text: viewLabel(view, strings) })),
              selectedKey: toView(this.properties.view)
            }),
            PropertyPaneTextField('siteUrl', {
              label: strings.SiteUrlFieldLabel,
              description: strings.SiteUrlFieldDescription,
              onGetErrorMessage: (value: string) =>
                siteUrlMessage(checkSiteUrl(value, currentSiteUrl), currentSiteUrl, strings),
              deferredValidationTime: 400
            })
          ]
        }]
      }]
    };
  }

  private handleThemeChanged(args: ThemeChangedEventArgs): void {
    this.theme = args.theme;
    this.render();
  }
}
