/** Lists: found by id, title or URL; created (custom lists only), renamed, deleted. */
import { randomUUID } from 'node:crypto';
import { ListDef } from '../model';
import { SpError, invalidQuery, notSupported, unknownProperty } from '../errors';
import { builtInFields, normalizeGuid } from '../fields';
import { checkEtag } from '../etags';
import { ChangeListeners } from './changes';
import { ListState } from './listState';
import { SiteState, nowIso } from './siteState';

/** List settings kept as sent (they change nothing the emulator serves). */
const KEPT_SETTINGS = ['EnableVersioning', 'OnQuickLaunch', 'EnableAttachments', 'EnableFolderCreation', 'NoCrawl',
  'EnableMinorVersions', 'MajorVersionLimit', 'ForceCheckout', 'EnableModeration', 'DisableGridEditing'];

/** A MERGE may also switch content types on (kept, never served). */
const UPDATABLE_SETTINGS = new Set([...KEPT_SETTINGS, 'ContentTypesEnabled']);

const CREATION_PROPERTIES = new Set(['__metadata', 'Title', 'Description', 'BaseTemplate', 'AllowContentTypes',
  'ContentTypesEnabled', 'Hidden', ...KEPT_SETTINGS]);

/** Characters SharePoint strips from a list's URL name. */
function urlNameFromTitle(title: string): string {
  const stripped = title.replace(/[~"#%&*:<>?/\\{|}]/g, '').trim().replace(/^\.+|\.+$/g, '');
  return stripped || 'List';
}

/** The entity name part of SP.Data.<name>ListItem: non-alphanumerics as _xHHHH_. */
function entityNameFrom(urlName: string): string {
  let out = '';
  for (const character of urlName) {
    if (/[A-Za-z0-9]/.test(character)) out += character;
    else out += `_x${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}_`;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function duplicateTitle(): SpError {
  return new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
    'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
}

/** SharePoint's limit on a list title, in UTF-16 units as .NET counts them. */
export const MAX_LIST_TITLE_LENGTH = 255;

/** The limit is SharePoint's; its REST status and wording are unconfirmed, the code is SPException's generic one. */
function checkTitleLength(title: string): void {
  if (title.length > MAX_LIST_TITLE_LENGTH) {
    throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `The list title must be ${MAX_LIST_TITLE_LENGTH} characters or fewer.`);
  }
}

export class Lists {
  constructor(
    private readonly state: SiteState,
    private readonly changes: ChangeListeners,
    private readonly sitePath: string
  ) {}

  allLists(): ListState[] { return [...this.state.lists.values()]; }

  listById(id: string): ListState | undefined { return this.state.lists.get(normalizeGuid(id)); }

  listByTitle(title: string): ListState | undefined {
    const lower = title.toLowerCase();
    for (const list of this.state.lists.values()) if (list.def.title.toLowerCase() === lower) return list;
    return undefined;
  }

  listUrl(list: ListState): string { return `${this.sitePath}/Lists/${list.def.urlName}`; }

  /** getList('/sites/miljo/Lists/Goals'), also absolute or site-relative. */
  listByUrl(url: string): ListState | undefined {
    let path = url.trim();
    try { if (/^https?:\/\//i.test(path)) path = new URL(path).pathname; } catch { /* keep as is */ }
    path = decodeURIComponent(path).replace(/\/+$/, '');
    if (!path.startsWith('/')) path = `${this.sitePath}/${path}`;
    const lowerPath = path.toLowerCase();
    for (const list of this.state.lists.values()) {
      const listUrl = this.listUrl(list).toLowerCase();
      if (lowerPath === listUrl || lowerPath.startsWith(`${listUrl}/allitems.aspx`) || lowerPath.startsWith(`${listUrl}/`)) return list;
    }
    return undefined;
  }

  addList(body: Record<string, unknown>): ListState {
    const title = body.Title;
    if (typeof title !== 'string' || !title.trim()) throw invalidQuery('The list needs a Title.');
    const template = body.BaseTemplate === undefined ? 100 : Number(body.BaseTemplate);
    checkTitleLength(title);
    if (template !== 100) throw notSupported(`lists with BaseTemplate ${String(body.BaseTemplate)} (only 100, custom list)`);
    if (this.listByTitle(title)) throw duplicateTitle();
    for (const name of Object.keys(body)) {
      if (!CREATION_PROPERTIES.has(name)) throw notSupported(`the list property '${name}' when creating a list`);
    }
    let urlName = urlNameFromTitle(title);
    const taken = new Set(this.allLists().map((list) => list.def.urlName.toLowerCase()));
    if (taken.has(urlName.toLowerCase())) {
      let suffix = 1;
      while (taken.has(`${urlName}${suffix}`.toLowerCase())) suffix++;
      urlName = `${urlName}${suffix}`;
    }
    const now = nowIso();
    const def: ListDef = {
      id: randomUUID(), title, description: typeof body.Description === 'string' ? body.Description : '', baseTemplate: 100,
      urlName, entityName: entityNameFrom(urlName), created: now, lastItemModified: now, hidden: body.Hidden === true,
      version: 1, nextItemId: 1, fields: builtInFields(), items: [], hasUniqueRoleAssignments: false, roleAssignments: [],
      extra: {}
    };
    for (const setting of KEPT_SETTINGS) {
      if (setting in body) def.extra[setting] = body[setting];
    }
    this.state.data.lists.push(def);
    const list = new ListState(def);
    this.state.lists.set(def.id, list);
    this.changes.notify();
    return list;
  }

  /** MERGE on a list; the URL and entity name stay what the first title made them. */
  updateList(list: ListState, body: Record<string, unknown>, ifMatch?: string): void {
    checkEtag(ifMatch, list.def.version);
    for (const [name, value] of Object.entries(body)) {
      switch (name) {
        case '__metadata': break;
        case 'Title': {
          const title = String(value);
          checkTitleLength(title);
          const other = this.listByTitle(title);
          if (other && other !== list) throw duplicateTitle();
          list.def.title = title;
          break;
        }
        case 'Description': list.def.description = String(value ?? ''); break;
        case 'Hidden': list.def.hidden = Boolean(value); break;
        default:
          if (!UPDATABLE_SETTINGS.has(name)) throw unknownProperty(name, 'SP.List');
          list.def.extra[name] = value;
      }
    }
    list.def.version++;
    this.changes.notify();
  }

  deleteList(list: ListState, ifMatch?: string): void {
    checkEtag(ifMatch, list.def.version);
    this.state.lists.delete(list.def.id);
    this.state.data.lists = this.state.data.lists.filter((def) => def !== list.def);
    this.changes.notify();
  }
}
