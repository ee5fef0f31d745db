/** One `_api` request as its handlers see it: the store, the caller, the method, the body, query options, replies. */
import { UserDef } from '../model';
import { SpError, invalidJson } from '../errors';
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

  /** Refuses (403) unless the caller has the permission on the list, or on the web. */
  need(permission: number, list?: ListState): void {
    this.store.require(this.user, permission, list);
  }
}
