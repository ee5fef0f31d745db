// The host page's part of SharePoint's boot (see ../server.ts and SPFX-HOST.md): read the site the
// way SharePoint's page does before any script runs, build _spPageContextInfo, load SPFx's loader
// assembly and start it; when the loader hands over to the page application (the sp-application-base
// stand-in calls startApplication), initialise the page context and render the web part with a real
// WebPartContext through SPFx's minimal web part container. Query: view, siteUrl, lang (sv-SE|en-US),
// user (a workbench persona), mode (read|edit), teams (default|dark|contrast), section (dark),
// host (SharePointWebPart|TeamsTab|TeamsPersonalApp), subPageId (the sub-entity of the Teams deep
// link the tab was opened by), component=card (the Viva Connections card instead of the web part:
// loaded through sp-adaptive-card-extension-base's own loader, its card view recorded, its quick
// view rendered with the adaptivecards package; cached=1 hands it the card cache the last boot
// saved). window.__spfxHost is what tests drive.
(function () {
  'use strict';
  var host = window.__spfxHost = window.__spfxHost || { touches: [] };
  var params = new URLSearchParams(window.location.search);
  var lang = params.get('lang') === 'en-US' ? 'en-US' : 'sv-SE';
  var teamsTheme = params.get('teams');
  var hostKind = params.get('host') || (teamsTheme ? 'TeamsTab' : 'SharePointWebPart');
  var inTeams = hostKind === 'TeamsTab' || hostKind === 'TeamsPersonalApp';
  var webPath = '/sites/miljo';
  var ids = {
    webPart: '49cb0841-c66f-4c93-ae2b-7869e12d2dd5',
    pageContext: '1c4541f7-5c31-41aa-9fa8-fbc9dc14c0a8',
    webPartBase: '974a7777-0990-4136-8fa6-95d80114c2e0',
    coreLibrary: '7263c7d0-1d6a-45ec-8d85-d4d1d234171b',
    componentBase: '467dc675-7cc5-4709-8aac-78e3b71bd2f6',
    sitePagesApplication: 'b6917cb1-93a0-4b97-a84d-7cf49975d4ec',
    adaptiveCardBase: 'eeec822e-c28a-46b4-affc-7058e4c1aa80',
    card: '594357d1-80bf-42af-af9a-8b4c9354c04c'
  };
  var cardCacheKey = 'spfx-host-card-cache';
  host.status = 'booting';
  host.renderErrors = [];
  var statusLine = document.getElementById('host-status');
  function say(text) { if (statusLine) statusLine.textContent = text; }
  function fail(stage, error) {
    host.status = 'failed';
    host.error = stage + ': ' + (error && error.message ? error.message : String(error));
    say(host.error);
    console.error('[spfx-host] ' + host.error);
  }

  function api(path, method) {
    return fetch(webPath + '/_api/' + path, { method: method || 'GET', headers: { Accept: 'application/json;odata=nometadata' } })
      .then(function (response) {
        if (!response.ok) throw new Error(path + ' answered ' + response.status);
        return response.json();
      });
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(script);
    });
  }

  function pageContextInfo(context, web, user) {
    var origin = window.location.origin;
    // A Teams personal app runs on the tenant's root site, not on the site with the lists.
    var pagePath = hostKind === 'TeamsPersonalApp' ? '/' : webPath;
    return {
      webAbsoluteUrl: origin + (pagePath === '/' ? '' : pagePath), webServerRelativeUrl: pagePath,
      siteAbsoluteUrl: origin + (pagePath === '/' ? '' : pagePath), siteServerRelativeUrl: pagePath,
      webId: '{' + (web.Id || '8e3a9f52-0000-4000-8000-000000000001') + '}',
      siteId: '{' + (web.Id || '8e3a9f52-0000-4000-8000-000000000002') + '}',
      webTitle: web.Title || 'Miljömål', webTemplate: '64', webLanguage: lang === 'en-US' ? 1033 : 1053,
      currentLanguage: lang === 'en-US' ? 1033 : 1053,
      currentUICultureName: lang, currentCultureName: lang,
      userDisplayName: user.Title, userLoginName: user.Email || user.LoginName, userEmail: user.Email,
      userId: user.Id, userPrincipalName: user.Email, isSiteAdmin: !!user.IsSiteAdmin,
      aadTenantId: '00000000-0000-4000-8000-00000000c0de', aadInstanceUrl: 'https://login.microsoftonline.com',
      webPermMasks: { High: 432, Low: 1011028719 },
      serverRequestPath: (pagePath === '/' ? '' : pagePath) + '/SitePages/Miljomal.aspx',
      formDigestValue: context.FormDigestValue, formDigestTimeoutSeconds: context.FormDigestTimeoutSeconds,
      CorrelationId: '5f1c0a6e-0000-4000-8000-0000000000aa', isAnonymousGuestUser: false,
      isExternalGuestUser: false, isEmailAuthenticationGuestUser: false, ExpFeatures: [], killSwitches: {},
      env: 'prod', isTenantDevEnvironment: false
    };
  }

  /** TeamsJS as SPFx sees it in a tab: the context and the theme handler the web part registers. */
  function fakeTeams(theme) {
    var context = {
      app: { theme: theme, locale: lang, host: { name: 'Teams', clientType: 'web' } },
      page: { id: hostKind === 'TeamsPersonalApp' ? 'personal' : 'tab', frameContext: 'content', subPageId: params.get('subPageId') || undefined },
      theme: theme, locale: lang
    };
    return {
      context: context,
      teamsJs: {
        initialize: function () {},
        getContext: function (callback) { callback(context); },
        app: {
          getContext: function () { host.touches.push('teams:app.getContext'); return Promise.resolve(context); },
          registerOnThemeChangeHandler: function (handler) { host.touches.push('teams:app.registerOnThemeChangeHandler'); host.teamsThemeHandler = handler; }
        }
      }
    };
  }

  /**
   * The card as the dashboard loads it: sp-adaptive-card-extension-base's _AdaptiveCardExtensionLoader
   * with an _AdaptiveCardExtensionHost whose callbacks record each render; SPFx's card cache is a
   * local-storage stand-in the next boot (cached=1) hands back as the load's cacheObject.
   */
  function startCard(rootScope, preloaded, pageContextModule) {
    var loader = window._spComponentLoader;
    return loader.loadComponentById(ids.adaptiveCardBase).then(function (aceBase) {
      var missing = ['_AdaptiveCardExtensionLoader', '_AdaptiveCardExtensionHost'].filter(function (name) { return aceBase[name] === undefined; });
      if (missing.length > 0) throw new Error('SPFx upgrade? sp-adaptive-card-extension-base no longer has ' + missing.join(', ') + ': the host must learn how the dashboard loads a card.');
      var pageContext = rootScope.consume(pageContextModule.PageContext.serviceKey);
      pageContext.initialize(pageContextModule.SharePointPageContextDataProvider._createPageContextData(preloaded.spPageContextInfo), preloaded.spPageContextInfo);
      var manifest = preloaded.manifests.filter(function (candidate) { return candidate.id === ids.card; })[0];
      if (!manifest) throw new Error('The package has no card (' + ids.card + ').');
      host.cardRenders = [];
      var cache = {
        save: function (key, instanceId, cacheObject) { host.cardCacheSaved = cacheObject; localStorage.setItem(cardCacheKey, JSON.stringify(cacheObject)); },
        get: function () { var stored = localStorage.getItem(cardCacheKey); return Promise.resolve(stored ? JSON.parse(stored) : undefined); }
      };
      var aceHost = new aceBase._AdaptiveCardExtensionHost({
        onUpdateCallback: function (args) { host.cardRenders.push(args); },
        onRequestRenderTypeCallback: function (renderType) { host.requestedRenderType = renderType; },
        onVisibilityChanged: function () {},
        onError: function (error) { host.renderErrors.push(String(error)); },
        cache: cache
      });
      var stored = params.get('cached') === '1' ? localStorage.getItem(cardCacheKey) : null;
      var instanceId = 'c4d0a1e2-0000-4000-8000-0000000ca4d0';
      var properties = {};
      if (params.has('siteUrl')) properties.siteUrl = params.get('siteUrl');
      if (params.has('myUnitPageUrl')) properties.myUnitPageUrl = params.get('myUnitPageUrl');
      return new aceBase._AdaptiveCardExtensionLoader().load({
        instanceId: instanceId, host: aceHost, manifest: manifest, serviceScope: rootScope, addedFromPersistedData: true,
        initialDisplayMode: 1, deviceContext: 'WebView', workloadName: undefined,
        location: function () { return Promise.reject(new Error('no location here')); },
        cacheObject: stored ? JSON.parse(stored) : undefined,
        aceData: { id: ids.card, instanceId: instanceId, title: 'Miljömål', description: '', iconProperty: '', dataVersion: '1.0',
          cardSize: params.get('size') === 'Large' ? 'Large' : 'Medium', properties: properties }
      }).then(function (ace) {
        host.card = ace;
        /** The card view's render parameters as the dashboard asks for them. */
        host.cardView = function () { return ace._getRenderArguments('Card'); };
        /** Opens the quick view as the dashboard does, renders its Adaptive Card with the adaptivecards package and answers its template. */
        host.openQuickView = function () {
          var args = ace._getRenderArguments('QuickView', false, 'MiljomalNextSteps_QUICK_VIEW');
          var template = args.quickLook.template;
          var target = document.getElementById('quick-view');
          target.innerHTML = '';
          // The dashboard processes TextBlocks as markdown; here as plain text, escaped (and no "not enabled" warning).
          window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
            var div = document.createElement('div');
            div.textContent = text;
            result.outputHtml = div.innerHTML;
            result.didProcess = true;
          };
          var card = new window.AdaptiveCards.AdaptiveCard();
          card.parse(template);
          target.appendChild(card.render());
          return template;
        };
        host.closeQuickView = function () { ace._getRenderArguments('Card'); document.getElementById('quick-view').innerHTML = ''; };
        host.status = host.renderErrors.length > 0 ? 'failed' : 'rendered';
        say(host.status === 'rendered' ? 'Rendered.' : 'The card showed an error: ' + host.renderErrors.join('; '));
        return {};
      });
    });
  }

  host.startApplication = function (rootScope, preloaded) {
    var loader = window._spComponentLoader;
    if (params.get('component') === 'card') {
      // adaptivecards is a UMD bundle: with SPFx's AMD `define` present it would register as an anonymous module.
      var amdDefine = window.define;
      window.define = undefined;
      var adaptiveCards = loadScript('/adaptivecards/adaptivecards.min.js').then(function () { window.define = amdDefine; },
        function (error) { window.define = amdDefine; throw error; });
      return Promise.all([adaptiveCards, loader.loadComponentById(ids.pageContext)])
        .then(function (loaded) { return startCard(rootScope, preloaded, loaded[1]); })
        .catch(function (error) { fail('rendering', error); return {}; });
    }
    return Promise.all([
      loader.loadComponentById(ids.pageContext), loader.loadComponentById(ids.webPartBase),
      loader.loadComponentById(ids.coreLibrary), loader.loadComponentById(ids.componentBase)
    ]).then(function (modules) {
      var pageContextModule = modules[0], webPartBase = modules[1], core = modules[2], componentBase = modules[3];
      // Internal names the host relies on (SPFX-HOST.md): an SPFx upgrade that drops one says so here.
      var missing = [
        ['sp-page-context', pageContextModule, 'PageContext'],
        ['sp-page-context', pageContextModule.SharePointPageContextDataProvider, '_createPageContextData'],
        ['sp-webpart-base', webPartBase, '_MinimalWebPartContainer'],
        ['sp-webpart-base', webPartBase, '_MinimalWebPartHost'],
        ['sp-webpart-base', webPartBase, '_TeamsAwareWebPartHost'],
        ['sp-webpart-base', webPartBase, '_TeamsEnvironmentManager'],
        ['sp-component-base', componentBase, 'ThemeProvider']
      ].filter(function (entry) { return !entry[1] || entry[1][entry[2]] === undefined; })
        .map(function (entry) { return entry[0] + '.' + entry[2]; });
      if (missing.length > 0) throw new Error('SPFx upgrade? The runtime no longer has ' + missing.join(', ') + ': the host must learn the new boot sequence.');
      var pageContext = rootScope.consume(pageContextModule.PageContext.serviceKey);
      // The second argument becomes pageContext.legacyPageContext, where PnPjs finds the page's digest.
      pageContext.initialize(pageContextModule.SharePointPageContextDataProvider._createPageContextData(preloaded.spPageContextInfo), preloaded.spPageContextInfo);
      var renderer = webPartBase._ClientSideWebPartStatusRenderer && webPartBase._ClientSideWebPartStatusRenderer.prototype;
      if (renderer && renderer.renderError) {
        var original = renderer.renderError;
        renderer.renderError = function (element, error) {
          host.renderErrors.push(error && error.message ? error.message : String(error));
          return original.apply(this, arguments);
        };
      }
      if (inTeams) {
        var teams = fakeTeams(teamsTheme || 'default');
        webPartBase._TeamsEnvironmentManager._teamsJs = teams.teamsJs;
        webPartBase._TeamsEnvironmentManager._teamsContext = teams.context;
      }
      host.themeProvider = rootScope.consume(componentBase.ThemeProvider.serviceKey);
      var manifest = preloaded.manifests.filter(function (candidate) { return candidate.id === ids.webPart; })[0];
      var properties = {};
      if (params.has('view')) properties.view = params.get('view');
      if (params.has('siteUrl')) properties.siteUrl = params.get('siteUrl');
      // A personal app has no property pane: its properties stay as the manifest leaves them.
      if (hostKind === 'TeamsPersonalApp') properties = {};
      var instanceId = 'a1b2c3d4-0000-4000-8000-00000000f00d';
      var WebPartHost = inTeams ? webPartBase._TeamsAwareWebPartHost : webPartBase._MinimalWebPartHost;
      var container = new webPartBase._MinimalWebPartContainer({
        serviceScope: rootScope, webPartInstanceId: instanceId, manifest: manifest, host: new WebPartHost(rootScope),
        webPartData: { id: ids.webPart, instanceId: instanceId, title: 'Miljömål', dataVersion: '1.0', properties: properties },
        formFactor: 0, pageHostLayoutType: 'AppPageHostPageLayout',
        displayMode: params.get('mode') === 'edit' ? core.DisplayMode.Edit : core.DisplayMode.Read
      });
      host.container = container;
      host.instanceId = instanceId;
      host.webPart = function () { return container.webPartManager._webParts.get(instanceId); };
      if (params.get('section') === 'dark' && host.sectionTheme) host.setSectionTheme(host.sectionTheme);
      var canvas = document.getElementById('canvas');
      return container.render(canvas).then(function () {
        host.status = host.renderErrors.length > 0 ? 'failed' : 'rendered';
        say(host.status === 'rendered' ? 'Rendered.' : 'The web part showed an error: ' + host.renderErrors.join('; '));
        return {};
      });
    }).catch(function (error) { fail('rendering', error); return {}; });
  };

  /** A section with a dark background: SPFx fires themeChangedEvent with the variant. */
  host.setSectionTheme = function (theme) {
    document.getElementById('canvas').className = theme && theme.isInverted ? 'dark-section' : '';
    host.themeProvider._setTheme(theme);
  };
  host.setTeamsTheme = function (name) {
    if (!host.teamsThemeHandler) throw new Error('The web part registered no Teams theme handler.');
    host.teamsThemeHandler(name);
  };
  host.propertyPaneData = function () { return host.webPart()._getPropertyPaneData(); };
  host.changeProperty = function (path, value) {
    var webPart = host.webPart();
    var changed = webPart._onPropertyPaneFieldChanged(path, value);
    return changed;
  };

  Promise.all([api('contextinfo', 'POST'), api('web'), api('web/currentuser'), fetch('/manifests.json').then(function (r) { return r.json(); }),
    fetch('/host/config.json').then(function (r) { return r.ok ? r.json() : {}; })])
    .then(function (answers) {
      var context = answers[0], web = answers[1], user = answers[2], manifests = answers[3];
      host.sectionTheme = answers[4].darkSectionTheme;
      host.contextInfoRequests = 1;
      var info = pageContextInfo(context, web, user);
      window._spPageContextInfo = info;
      var assembly = '/framework/sp-loader/sp-loader-assembly_' + (lang === 'en-US' ? 'en-us' : 'default') + '.js';
      return loadScript(assembly).then(function () {
        var starter = window.spModuleLoader;
        if (!starter || typeof starter.start !== 'function') throw new Error('SPFx upgrade? The loader assembly no longer defines window.spModuleLoader.start.');
        // Without this the starter loads the 1DS telemetry chunk, which npm does not ship, and retries without end.
        starter._isTelemetryDisabled = true;
        return starter.start({
          clientSideApplicationId: ids.sitePagesApplication, buildNumber: 'spfx-host', manifests: manifests,
          spPageContextInfo: info, contextWebInformation: context, contextWebInfo: context, isFirstFlush: false
        }, function (error) { fail('loader', error); });
      });
    })
    .catch(function (error) { fail('boot', error); });
})();
