/** One `_api` request as its handlers see it: the store, the caller, the method, the body, query options, replies. */
import { ItemRecord, UserDef } from '../model';
import { SpError, invalidJson, unresolvedType } from '../errors';
import { Entity, isAnnotation, serialize } from '../format';
import { ApiOptions, ApiRequest } from '../exchange';
import { formatFromAccept } from '../format';
import { Store, ListState } from '../store';
import { EntityQuery } from '../odata/entityQuery';
import { Replies } from './replies';

/** The four methods handlers tell apart; PATCH counts as MERGE. */
export type Verb = 'GET' | 'POST' | 'MERGE' | 'DELETE';

function verbOf(method: string): Verb | undefined {
  if (method === 'GET' || method === 'POST' || method === 'DELETE') return method;
  return method === 'MERGE' || method === 'PATCH' ? 'MERGE' : undefined;
}

/** A complex value read in minimal metadata carries its own `odata.type`. */
function withoutAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAnnotations);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>)
    .filter(([key]) => key !== '__metadata' && !isAnnotation(key)).map(([key, inner]) => [key, withoutAnnotations(inner)]));
}

function sameJson(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

export class RequestContext {
  readonly store: Store;
  readonly user: UserDef;
  /** As the caller named it, for messages. */
  readonly method: string;
  readonly verb: Verb | undefined;
  readonly siteUrl: string;
  readonly apiBase: string;
  readonly params: URLSearchParams;
  readonly reply: Replies;

  constructor(readonly options: ApiOptions, readonly request: ApiRequest) {
    this.store = options.store;
    this.user = request.user;
    this.method = request.method;
    this.verb = verbOf(request.method);
    this.siteUrl = `${request.url.origin}${this.store.sitePath}`;
    this.apiBase = `${this.siteUrl}/_api`;
    this.params = request.url.searchParams;
    this.reply = new Replies(formatFromAccept(request.headers.accept), this.apiBase);
  }

  get ifMatch(): string | undefined { return this.request.headers['if-match']; }

  /** A query option by lower-case name (`$select`), whatever case the caller used. */
  query(name: string): string | null {
    for (const [key, value] of this.params) if (key.toLowerCase() === name) return value;
    return null;
  }

  entityQuery(): EntityQuery {
    return { select: this.query('$select'), expand: this.query('$expand'), filter: this.query('$filter'), orderby: this.query('$orderby'), top: this.query('$top') };
  }

  /** The JSON body as an object; an empty body is `{}`. */
  body(): Record<string, unknown> {
    const text = this.request.body;
    if (!text || text.trim() === '') return {};
    try {
      const value = JSON.parse(text) as unknown;
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalidJson();
      return value as Record<string, unknown>;
    } catch (error) {
      if (error instanceof SpError) throw error;
      throw invalidJson();
    }
  }

  /**
   * A MERGE body of a list, field, user or group without its OData annotations, which SharePoint
   * ignores there as it does for items (`odata.type` from a JSON-light read sent back as is). A
   * `__metadata.type` other than the entity's own is refused, as SharePoint refuses it on items.
   * A property sent back with the value `current` answers for it is dropped: PnPjs's own suites
   * update a user with the whole object they read (Id, LoginName...) and SharePoint takes that; a
   * read-only property with a changed value still reaches the store, which refuses it.
   */
  updateBody(types: string[], current: Entity): Record<string, unknown> {
    const currentProps = serialize(current, 'nometadata', this.apiBase) as Record<string, unknown>;
    const body: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(this.body())) {
      if (name === '__metadata') {
        const sentType = (value as Record<string, unknown> | null)?.type;
        if (sentType !== undefined && !types.includes(String(sentType))) throw unresolvedType(String(sentType));
        continue;
      }
      if (isAnnotation(name)) continue;
      if (Object.hasOwn(currentProps, name) && sameJson(withoutAnnotations(value), currentProps[name])) continue;
      body[name] = value;
    }
    return body;
  }

  /** Refuses (403) unless the caller has the permission on the item, the list, or the web. */
  need(permission: number, list?: ListState, item?: ItemRecord): void {
    this.store.require(this.user, permission, list, item);
  }
}
