/**
 * Response formats: JSON light without metadata (`odata=nometadata`), with minimal metadata
 * (`application/json`, SharePoint Online's default for JSON) and verbose (`odata=verbose`).
 * Handlers build Entity / EntitySet values; this module writes them in the requested format.
 */
import { SpError, errorBody, notSupported } from './errors';

export type Format = 'nometadata' | 'minimal' | 'verbose';

export type Val = string | number | boolean | null | Entity | ValCollection | Complex | Val[];

export interface Entity {
  kind: 'entity';
  type: string;
  /** odata.id: absolute URL for most entities, a GUID for list items. */
  id: string;
  /** Relative to _api, e.g. Web/Lists(guid'...')/Items(1). */
  editLink: string;
  etag?: string;
  props: Record<string, Val>;
}

export interface ValCollection { kind: 'coll'; type: string; items: Val[] }
export interface Complex { kind: 'complex'; type: string; props: Record<string, Val> }

export interface EntitySet {
  kind: 'set';
  /** The $metadata fragment, e.g. SP.ListData.GoalsListItems. */
  metadata: string;
  items: Entity[];
  nextLink?: string;
}

export function entity(type: string, id: string, editLink: string, props: Record<string, Val>, etag?: string): Entity {
  return { kind: 'entity', type, id, editLink, props, ...(etag ? { etag } : {}) };
}

export function collection(type: string, items: Val[]): ValCollection {
  return { kind: 'coll', type, items };
}

export function complex(type: string, props: Record<string, Val>): Complex {
  return { kind: 'complex', type, props };
}

/** Content-Type header SharePoint sends for each format. */
export function contentTypeFor(f: Format): string {
  switch (f) {
    case 'nometadata': return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    case 'minimal': return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
    case 'verbose': return 'application/json;odata=verbose;charset=utf-8';
  }
}

/** The format asked for by an Accept header; Atom/XML and full metadata are not supported. */
export function formatFromAccept(accept: string | undefined): Format {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose') || a.includes('odata.metadata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata') || a.includes('odata.metadata=none')) return 'nometadata';
  if (a.includes('odata=fullmetadata') || a.includes('odata.metadata=full')) throw notSupported('odata=fullmetadata responses');
  if (a.includes('odata=minimalmetadata') || a.includes('odata.metadata=minimal') || a.includes('application/json')) return 'minimal';
  throw notSupported(`the response format '${accept ?? '(no Accept header)'}': send Accept: application/json (Atom/XML is not emulated)`);
}

/** Like formatFromAccept, but never throws (for writing errors). */
export function errorFormatFromAccept(accept: string | undefined): Format {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose') || a.includes('odata.metadata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata') || a.includes('odata.metadata=none')) return 'nometadata';
  return 'minimal';
}

function valueOut(v: Val, f: Format, apiBase: string): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => valueOut(x, f, apiBase));
  switch (v.kind) {
    case 'entity': return entityOut(v, f, apiBase);
    case 'coll': {
      const items = v.items.map((x) => valueOut(x, f, apiBase));
      if (f !== 'verbose') return items;
      return v.type.startsWith('Collection(') ? { __metadata: { type: v.type }, results: items } : { results: items };
    }
    case 'complex': {
      const out: Record<string, unknown> = f === 'verbose' ? { __metadata: { type: v.type } } : {};
      for (const [k, x] of Object.entries(v.props)) out[k] = valueOut(x, f, apiBase);
      return out;
    }
  }
}

function entityOut(e: Entity, f: Format, apiBase: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (f === 'minimal') {
    out['odata.type'] = e.type;
    out['odata.id'] = e.id;
    if (e.etag) out['odata.etag'] = e.etag;
    out['odata.editLink'] = e.editLink;
  } else if (f === 'verbose') {
    const md: Record<string, unknown> = { id: e.id.startsWith('http') ? e.id : e.editLink, uri: `${apiBase}/${e.editLink}` };
    if (e.etag) md.etag = e.etag;
    md.type = e.type;
    out.__metadata = md;
  }
  for (const [k, v] of Object.entries(e.props)) out[k] = valueOut(v, f, apiBase);
  return out;
}

/** `apiBase` is the absolute `.../_api` URL of the site. */
export function serialize(result: Entity | EntitySet | Complex | Val, f: Format, apiBase: string): unknown {
  if (result !== null && typeof result === 'object' && !Array.isArray(result)) {
    if (result.kind === 'set') {
      const items = result.items.map((e) => entityOut(e, f, apiBase));
      if (f === 'verbose') {
        const d: Record<string, unknown> = { results: items };
        if (result.nextLink) d.__next = result.nextLink;
        return { d };
      }
      const out: Record<string, unknown> = {};
      if (f === 'minimal') out['odata.metadata'] = `${apiBase}/$metadata#${result.metadata}`;
      out.value = items;
      if (result.nextLink) out['odata.nextLink'] = result.nextLink;
      return out;
    }
    if (result.kind === 'entity') {
      const body = entityOut(result, f, apiBase);
      if (f === 'verbose') return { d: body };
      if (f === 'minimal') return { 'odata.metadata': `${apiBase}/$metadata#${metadataSetOf(result.type)}/@Element`, ...body };
      return body;
    }
    if (result.kind === 'complex') {
      const body = valueOut(result, f, apiBase) as Record<string, unknown>;
      if (f === 'verbose') return { d: body };
      if (f === 'minimal') return { 'odata.metadata': `${apiBase}/$metadata#${result.type}`, ...body };
      return body;
    }
  }
  return valueOut(result as Val, f, apiBase);
}

/** SP.Data.GoalsListItem -> SP.ListData.GoalsListItems; SP.List -> SP.ApiData.Lists. */
export function metadataSetOf(type: string): string {
  const m = /^SP\.Data\.(.+)ListItem$/.exec(type);
  if (m) return `SP.ListData.${m[1]}ListItems`;
  if (type.startsWith('SP.Field')) return 'SP.ApiData.Fields';
  const short = type.replace(/^SP\./, '');
  return `SP.ApiData.${short}s`;
}

export function errorPayload(err: SpError, f: Format): string {
  return JSON.stringify(errorBody(err, f === 'verbose'));
}
