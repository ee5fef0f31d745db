/**
 * A list's change log: `POST …/lists/getbytitle('…')/getchanges` with a ChangeQuery body
 * (`{ query: { Item, Add, Update, DeleteObject, ChangeTokenStart, ChangeTokenEnd, FetchLimit } }`)
 * answers SP.ChangeItem objects, oldest first; the list's `CurrentChangeToken` is in entities.ts.
 */
import { invalidQuery } from '../errors';
import { complex, entity, Entity } from '../format';
import { Perm } from '../permissions';
import { ChangeType, LoggedChange } from '../model';
import { changesIn, tokenNumber, tokenOf } from '../store/changeLog';
import type { ListState } from '../store';
import type { RequestContext } from './context';
import { SegmentTable, action, withoutArguments } from './resource';

/** SharePoint answers at most 1,000 changes to a query unless FetchLimit says otherwise. */
const DEFAULT_FETCH_LIMIT = 1000;

function flag(query: Record<string, unknown>, name: string): boolean {
  return query[name] === true;
}

function tokenValue(token: unknown): unknown {
  return token && typeof token === 'object' ? (token as Record<string, unknown>).StringValue : token;
}

function changeEntity(context: RequestContext, list: ListState, [number, type, itemId, time, uniqueId]: LoggedChange): Entity {
  const id = `${context.apiBase}/SP.ChangeItem${number}`;
  return entity('SP.ChangeItem', id, `SP.ChangeItem${number}`, {
    ChangeToken: complex('SP.ChangeToken', { StringValue: tokenOf(list.def, number, time) }),
    ChangeType: type, SiteId: context.store.data.web.id, Time: time, Editor: '', EditorEmailHint: null,
    ItemId: itemId, ListId: list.def.id, ServerRelativeUrl: '', SharedByUser: null, SharedWithUsers: null,
    UniqueId: uniqueId, WebId: context.store.data.web.id
  });
}

function getChanges(list: ListState) {
  return action('getchanges', (context) => {
    context.need(Perm.ViewListItems, list);
    const query = context.body().query;
    if (!query || typeof query !== 'object') throw invalidQuery('The parameter query does not exist in method GetChanges.');
    const asked = query as Record<string, unknown>;
    const types = new Set<ChangeType>();
    // Only item changes are logged: a query without Item (lists, fields, views…) finds none.
    if (flag(asked, 'Item')) {
      if (flag(asked, 'Add')) types.add(ChangeType.Add);
      if (flag(asked, 'Update')) types.add(ChangeType.Update);
      if (flag(asked, 'DeleteObject')) types.add(ChangeType.DeleteObject);
    }
    const start = asked.ChangeTokenStart === undefined || asked.ChangeTokenStart === null ? undefined : tokenNumber(list.def, tokenValue(asked.ChangeTokenStart));
    const end = asked.ChangeTokenEnd === undefined || asked.ChangeTokenEnd === null ? undefined : tokenNumber(list.def, tokenValue(asked.ChangeTokenEnd));
    const limit = typeof asked.FetchLimit === 'number' && asked.FetchLimit > 0 ? asked.FetchLimit : DEFAULT_FETCH_LIMIT;
    const found = changesIn(list.def, { after: start, upTo: end, types, limit });
    return context.reply.ok({ kind: 'set', metadata: 'Collection(SP.Change)', items: found.map((change) => changeEntity(context, list, change)) });
  });
}

export const changeSegments: SegmentTable = {
  list: {
    getchanges: withoutArguments((context, { list }) => getChanges(list))
  }
};
