/** A list's `items`: query, add; one item by id: read, MERGE, DELETE, `recycle`. */
import { methodNotAllowed } from '../errors';
import { Perm, hasPerm } from '../permissions';
import { argNumber } from '../path';
import { etagOf, requireIfMatch } from '../etags';
import { ListState } from '../store';
import { ItemRecord } from '../model';
import { itemEntity, planProjection } from '../odata/projection';
import { queryItems } from '../odata/items';
import { formValuesOf, parseFormValues } from '../formValues';
import { RequestContext } from './context';
import { securingItem } from '../store/folders';
import { HandlerTable, Resource, SegmentTable, action } from './resource';

/** The nextLink: this request's URL with the new $skiptoken in place of any $skiptoken/$skip. */
function nextPageUrl(context: RequestContext): (skiptoken: string) => string {
  const url = context.request.url;
  return (skiptoken) => {
    const params = new URLSearchParams();
    for (const [key, value] of url.searchParams) {
      if (key.toLowerCase() !== '$skiptoken' && key.toLowerCase() !== '$skip') params.append(key, value);
    }
    params.set('$skiptoken', skiptoken);
    return `${url.origin}${url.pathname}?${params.toString()}`;
  };
}

/**
 * The item, once the caller may do `permission` to it: an item with unique permissions is judged
 * by its own assignments alone, any other by its list's.
 */
function itemFor(context: RequestContext, permission: number, list: ListState, id: number): ItemRecord {
  const item = context.store.item(list, id);
  context.need(permission, list, item);
  return item;
}

function recycleItem(list: ListState, id: number): Resource {
  return action('recycle', (context) => {
    const item = itemFor(context, Perm.DeleteListItems, list, id);
    context.store.deleteItem(list, item);
    return context.reply.primitiveResult('Recycle', 'Edm.Guid', item.guid);
  });
}

/**
 * `ValidateUpdateListItem`: every field answered with its outcome; one refused field and nothing is
 * written, yet the request itself succeeds (a caller must read `HasException`, as with SharePoint).
 */
function formUpdateItem(list: ListState, id: number): Resource {
  return action('validateupdatelistitem', (context) => {
    const current = itemFor(context, Perm.EditListItems, list, id);
    const { store } = context;
    const parsed = parseFormValues(formValuesOf(context.body()), {
      field: (name) => list.field(name), zone: store.timeZone(), ensureUser: (login) => store.ensureUser(login)
    });
    const refused = parsed.some((entry) => 'error' in entry);
    if (!refused) store.formUpdateItem(list, current, parsed.flatMap((entry) => ('field' in entry ? [entry] : [])), context.user);
    return context.reply.complexCollectionResult('ValidateUpdateListItem', 'SP.ListItemFormUpdateValue', parsed.map((entry) => ({
      ErrorCode: 'error' in entry ? -2146232832 : 0,
      ErrorMessage: 'error' in entry ? entry.error : null,
      FieldName: entry.name,
      FieldValue: entry.text,
      HasException: 'error' in entry,
      ItemId: id
    })));
  });
}

export const itemSegments: SegmentTable = {
  list: {
    items: (context, { list }, segment) => segment.args ? { kind: 'item', list, id: argNumber(segment) } : { kind: 'items', list }
  },
  items: {
    getbyid: (context, { list }, segment) => ({ kind: 'item', list, id: argNumber(segment) })
  },
  item: {
    recycle: (context, { list, id }) => recycleItem(list, id),
    validateupdatelistitem: (context, { list, id }) => formUpdateItem(list, id)
  }
};

export const itemHandlers = {
  items: (context, { list }) => {
    const { store } = context;
    switch (context.verb) {
      case 'GET': {
        context.need(Perm.ViewListItems, list);
        const query = { ...context.entityQuery(), skiptoken: context.query('$skiptoken') };
        // Only items with permissions of their own, or in a folder with its own, can hide from someone
        // who may read the list. Items in every folder answer: the items endpoint is recursive.
        const visible = (item: ItemRecord): boolean => !securingItem(list, item) || hasPerm(store.effectiveMask(context.user, list, item), Perm.ViewListItems);
        return context.reply.ok(queryItems(store, list, query, nextPageUrl(context), visible));
      }
      case 'POST': {
        context.need(Perm.AddListItems, list);
        const item = store.addItem(list, context.body(), context.user);
        return context.reply.ok(itemEntity(list, item, planProjection(store, list, null, null)), 201, { ETag: etagOf(item) });
      }
      default: throw methodNotAllowed(context.method, 'SP.ListItemCollection');
    }
  },
  item: (context, { list, id }) => {
    const { store } = context;
    switch (context.verb) {
      case 'GET': {
        const item = itemFor(context, Perm.ViewListItems, list, id);
        const { select, expand } = context.entityQuery();
        return context.reply.ok(itemEntity(list, item, planProjection(store, list, select, expand)), 200, { ETag: etagOf(item) });
      }
      case 'MERGE': {
        const current = itemFor(context, Perm.EditListItems, list, id);
        const item = store.updateItem(list, current, context.body(), context.user, requireIfMatch(context.ifMatch, current.version));
        return context.reply.empty(204, { ETag: etagOf(item) });
      }
      case 'DELETE': {
        const current = itemFor(context, Perm.DeleteListItems, list, id);
        store.deleteItem(list, current, requireIfMatch(context.ifMatch, current.version));
        return context.reply.empty(200);
      }
      default: throw methodNotAllowed(context.method, 'SP.ListItem');
    }
  }
} satisfies HandlerTable;
