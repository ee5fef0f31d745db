/** The loc modules, one per feature (see loc/mystrings.d.ts), by their folder's name. */
export interface ILocModules {
  common: ICommonStrings;
  summary: ISummaryStrings;
  editing: IEditingStrings;
  allocation: IAllocationStrings;
  myUnit: IMyUnitStrings;
  administration: IAdministrationStrings;
  indicators: IIndicatorsStrings;
}

/**
 * The one set of strings the views receive: every loc module's strings merged. Only string values
 * are copied: under webpack, `import * as` of SPFx's AMD module can arrive as a namespace object
 * that also carries the module itself as `default`.
 */
export function mergeStrings(modules: ILocModules): IMiljomalWebPartStrings {
  const merged: Record<string, string> = {};
  for (const module of Object.values(modules) as object[]) {
    for (const [key, value] of Object.entries(module)) {
      if (typeof value === 'string') merged[key] = value;
    }
  }
  return merged as unknown as IMiljomalWebPartStrings;
}
