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
  /** An expanded lookup or person inside an item: SharePoint gives it only its type and id. */
  inline?: boolean;
  /** Navigation properties answered expanded, with their links relative to _api (minimal metadata names them). */
  links?: Record<string, string>;
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

/** `odata.type`, `odata.etag`, `Author@odata.navigationLinkUrl`...: annotations, never properties. */
export function isAnnotation(name: string): boolean {
  return name.startsWith('odata.') || name.includes('@odata.');
}

/** Content-Type header SharePoint sends for each format. */
export function contentTypeFor(format: Format): string {
  switch (format) {
    case 'nometadata': return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    case 'minimal': return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
    case 'verbose': return 'application/json;odata=verbose;charset=utf-8';
  }
}

/** The format asked for by an Accept header; Atom/XML and full metadata are not supported. */
export function formatFromAccept(accept: string | undefined): Format {
  const lower = (accept ?? '').toLowerCase();
  if (lower.includes('odata=verbose') || lower.includes('odata.metadata=verbose')) return 'verbose';
  if (lower.includes('odata=nometadata') || lower.includes('odata.metadata=none')) return 'nometadata';
  if (lower.includes('odata=fullmetadata') || lower.includes('odata.metadata=full')) throw notSupported('odata=fullmetadata responses');
  if (lower.includes('odata=minimalmetadata') || lower.includes('odata.metadata=minimal') || lower.includes('application/json')) return 'minimal';
  throw notSupported(`the response format '${accept ?? '(no Accept header)'}': send Accept: application/json (Atom/XML is not emulated)`);
}

/** Like formatFromAccept, but never throws (for writing errors). */
export function errorFormatFromAccept(accept: string | undefined): Format {
  const lower = (accept ?? '').toLowerCase();
  if (lower.includes('odata=verbose') || lower.includes('odata.metadata=verbose')) return 'verbose';
  if (lower.includes('odata=nometadata') || lower.includes('odata.metadata=none')) return 'nometadata';
  return 'minimal';
}

function valueOut(value: Val, format: Format, apiBase: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((element) => valueOut(element, format, apiBase));
  switch (value.kind) {
    case 'entity': return entityOut(value, format, apiBase);
    case 'coll': {
      const items = value.items.map((element) => valueOut(element, format, apiBase));
      if (format !== 'verbose') return items;
      return value.type.startsWith('Collection(') ? { __metadata: { type: value.type }, results: items } : { results: items };
    }
    case 'complex': {
      const out: Record<string, unknown> = format === 'verbose' ? { __metadata: { type: value.type } } : {};
      for (const [name, property] of Object.entries(value.props)) out[name] = valueOut(property, format, apiBase);
      return out;
    }
  }
}

function entityOut(source: Entity, format: Format, apiBase: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (format === 'minimal') {
    out['odata.type'] = source.type;
    out['odata.id'] = source.id;
    if (!source.inline) {
      if (source.etag) out['odata.etag'] = source.etag;
      out['odata.editLink'] = source.editLink;
    }
  } else if (format === 'verbose') {
    if (source.inline) {
      out.__metadata = { id: source.id, type: source.type };
    } else {
      const metadata: Record<string, unknown> = { id: source.id.startsWith('http') ? source.id : source.editLink, uri: `${apiBase}/${source.editLink}` };
      if (source.etag) metadata.etag = source.etag;
      metadata.type = source.type;
      out.__metadata = metadata;
    }
  }
  for (const [name, property] of Object.entries(source.props)) {
    const link = source.links?.[name];
    if (link !== undefined && format === 'minimal') out[`${name}@odata.navigationLinkUrl`] = link;
    out[name] = valueOut(property, format, apiBase);
  }
  return out;
}

/** `apiBase` is the absolute `.../_api` URL of the site. */
export function serialize(result: Entity | EntitySet | Complex | Val, format: Format, apiBase: string): unknown {
  if (result !== null && typeof result === 'object' && !Array.isArray(result)) {
    if (result.kind === 'set') {
      const items = result.items.map((item) => entityOut(item, format, apiBase));
      if (format === 'verbose') {
        const page: Record<string, unknown> = { results: items };
        if (result.nextLink) page.__next = result.nextLink;
        return { d: page };
      }
      const out: Record<string, unknown> = {};
      if (format === 'minimal') out['odata.metadata'] = `${apiBase}/$metadata#${result.metadata}`;
      out.value = items;
      if (result.nextLink) out['odata.nextLink'] = result.nextLink;
      return out;
    }
    if (result.kind === 'entity') {
      const body = entityOut(result, format, apiBase);
      if (format === 'verbose') return { d: body };
      if (format === 'minimal') return { 'odata.metadata': `${apiBase}/$metadata#${metadataSetOf(result.type)}/@Element`, ...body };
      return body;
    }
    if (result.kind === 'complex') {
      const body = valueOut(result, format, apiBase) as Record<string, unknown>;
      if (format === 'verbose') return { d: body };
      if (format === 'minimal') return { 'odata.metadata': `${apiBase}/$metadata#${result.type}`, ...body };
      return body;
    }
  }
  return valueOut(result as Val, format, apiBase);
}

/** SP.Data.GoalsListItem -> SP.ListData.GoalsListItems; SP.List -> SP.ApiData.Lists. */
export function metadataSetOf(type: string): string {
  const listItem = /^SP\.Data\.(.+)ListItem$/.exec(type);
  if (listItem) return `SP.ListData.${listItem[1]}ListItems`;
  if (type.startsWith('SP.Field')) return 'SP.ApiData.Fields';
  const short = type.replace(/^SP\./, '');
  return `SP.ApiData.${short}s`;
}

export function errorPayload(error: SpError, format: Format): string {
  return JSON.stringify(errorBody(error, format === 'verbose'));
}
