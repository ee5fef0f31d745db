// Stand-ins for what SharePoint serves but npm does not ship: sp-application-base (the page
// application; the stand-in hands control to the host page, which then plays SharePoint's page) and
// the @msinternal libraries the framework packages reference. A stand-in is permissive (every member
// a callable placeholder) and records each member it is asked for in `window.__spfxHost.touches`, so
// a test sees any use nobody expected. Four need real behaviour; they get it here and nothing more.
// Each is an AMD module named `<id>_<version>`, as the framework's own bundles are.

/** Stand-ins that must do something, by package name. */
const behaviours: Record<string, string> = {
  // SafeHtml guards links and markup the framework renders (for example the error view).
  '@msinternal/sp-safehtml': `{
    SafeHtml: {
      isSafeLinkProtocol: function (url) { return /^(https?:|mailto:|tel:|\\/|#)/i.test(String(url)); },
      clean: function (html) { var div = document.createElement('div'); div.textContent = String(html); return div.innerHTML; }
    }
  }`,
  // The web part manager defers work to idle time: the task must really run.
  '@msinternal/sp-idle-web-task': `{
    IdleTaskQueue: { instance: { enqueueTask: function (task) { var run = task && (task.run || task.callback || task); setTimeout(function () { if (typeof run === 'function') run(); }, 0); return Promise.resolve(); } } },
    IdleTaskPriority: { Low: 0, Normal: 1, High: 2 },
    TaskPriority: { Low: 0, Normal: 1, High: 2 }
  }`,
  '@msinternal/sp-edit-customer-promise': `{
    _logFailuresForEditCustomerPromise: function () { return undefined; },
    _EditModeCustomerPromiseHandler: function () { return placeholder('_EditModeCustomerPromiseHandler()'); }
  }`,
  // The property pane measures chunk loads through it (name, promise): the promise passes through.
  '@msinternal/sp-pages-content-panel-context': `{
    monitorChunkLoad: function () {
      for (var i = 0; i < arguments.length; i++) if (arguments[i] && typeof arguments[i].then === 'function') return arguments[i];
      return Promise.reject(new Error('monitorChunkLoad was given no promise'));
    }
  }`
};

/** A placeholder that answers any use with another placeholder, recording the path it was used by. */
function permissiveSource(name: string, known: string): string {
  return `
  var host = window.__spfxHost = window.__spfxHost || { touches: [] };
  function touch(path) { if (host.touches.indexOf(path) < 0) host.touches.push(path); }
  function placeholder(path) {
    var target = function () {};
    return new Proxy(target, {
      get: function (_target, key) {
        if (key === '__esModule') return true;
        if (key === 'then' || typeof key === 'symbol') return undefined;
        var next = path + '.' + String(key);
        touch(next);
        return placeholder(next);
      },
      apply: function () { return placeholder(path + '()'); },
      construct: function () { return placeholder('new ' + path); }
    });
  }
  var known = ${known};
  var module = new Proxy(known, {
    get: function (target, key) {
      if (key === '__esModule') return true;
      if (typeof key === 'symbol' || key === 'then') return undefined;
      if (Object.prototype.hasOwnProperty.call(target, key)) { touch(${JSON.stringify(name)} + '.' + String(key) + ' (has behaviour)'); return target[key]; }
      return placeholder(${JSON.stringify(name)} + '.' + String(key));
    }
  });`;
}

export function stubModule(name: string, id: string, version: string): string {
  return `define(${JSON.stringify(`${id}_${version}`)}, [], function () {${permissiveSource(name, behaviours[name] ?? '{}')}
  return module;
});`;
}

/**
 * sp-application-base: the loader's starter ends by `new _Navigator(rootScope).navigateToApplication
 * (preloadedData)`. Here that hands the root service scope to the host page (client/host.js).
 */
export function applicationBaseModule(id: string, version: string): string {
  return `define(${JSON.stringify(`${id}_${version}`)}, [], function () {
  function Navigator(serviceScope) { this.serviceScope = serviceScope; }
  Navigator.prototype.navigateToApplication = function (preloadedData) {
    return window.__spfxHost.startApplication(this.serviceScope, preloadedData);
  };
  return { _Navigator: Navigator };
});`;
}
