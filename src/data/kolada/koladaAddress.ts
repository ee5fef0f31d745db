// Where Kolada is: its own address, or the one a web part property names (the workbench's stand-in).
// Apart from the client, so the web part's first chunk names the address without the client's code.

/** Kolada's own address; a web part property (and the workbench's stand-in) may give another. */
export const koladaBaseUrl = 'https://api.kolada.se/v3';

/** The address a setting names, when it is one a page may call (https); Kolada's own otherwise. */
export function koladaAddress(setting: string | undefined): string {
  const text = (setting ?? '').trim();
  return /^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i.test(text) ? text.replace(/\/+$/, '') : koladaBaseUrl;
}
