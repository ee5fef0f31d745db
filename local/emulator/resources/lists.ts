/** `lists` and one list: by title, id or URL; create, read, MERGE, DELETE, `recycle`, `RootFolder`. */
import { fileNotFound, listNotFound, listNotFoundById, methodNotAllowed, notSupported } from '../errors';
import { Perm, hasPerm } from '../permissions';
import { requireIfMatch } from '../etags';
import { argGuid, argString, Segment } from '../path';
import { ListState } from '../store';
import { listEntity, rootFolderEntity } from '../entities';
import { queryEntities, shapeEntity } from '../odata/entityQuery';
import { RequestContext } from './context';
import { HandlerTable, Resource, SegmentTable, action, withoutArguments } from './resource';

function listByIdArgument(context: RequestContext, segment: Segment): Resource {
  const id = argGuid(segment);
  const list = id ? context.store.listById(id) : undefined;
  if (!list) throw listNotFoundById();
  return { kind: 'list', list };
}

function recycleList(list: ListState): Resource {
  return action('recycle', (context) => {
    context.need(Perm.ManageLists, list);
    context.store.deleteList(list);
    return context.reply.primitiveResult('Recycle', 'Edm.Guid', list.def.id);
  });
}

export const listSegments: SegmentTable = {
  root: {
    lists: withoutArguments(() => ({ kind: 'lists' }))
  },
  web: {
    lists: (context, web, segment) => segment.args ? listByIdArgument(context, segment) : { kind: 'lists' },
    getlist: (context, web, segment) => {
      const list = context.store.listByUrl(argString(segment));
      if (!list) throw fileNotFound();
      return { kind: 'list', list };
    }
  },
  lists: {
    getbytitle: (context, lists, segment) => {
      const title = argString(segment);
      const list = context.store.listByTitle(title);
      if (!list) throw listNotFound(title, context.siteUrl);
      return { kind: 'list', list };
    },
    getbyid: (context, lists, segment) => listByIdArgument(context, segment)
  },
  list: {
    rootfolder: (context, { list }) => ({ kind: 'rootfolder', list }),
    recycle: (context, { list }) => recycleList(list)
  }
};

export const listHandlers = {
  lists: (context) => {
    const { store, user } = context;
    switch (context.verb) {
      case 'GET': {
        const visible = store.allLists().filter((list) => store.canView(user, list) || hasPerm(store.effectiveMask(user), Perm.ManageLists));
        return context.reply.ok(queryEntities(visible.map((list) => listEntity(store, list, context.apiBase)), context.entityQuery(), 'SP.ApiData.Lists'));
      }
      case 'POST': {
        context.need(Perm.ManageLists);
        const list = store.addList(context.body());
        return context.reply.ok(listEntity(store, list, context.apiBase).entity, 201);
      }
      default: throw methodNotAllowed(context.method, 'SP.ListCollection');
    }
  },
  list: (context, { list }) => {
    switch (context.verb) {
      case 'GET':
        context.need(Perm.ViewListItems, list);
        return context.reply.ok(shapeEntity(listEntity(context.store, list, context.apiBase), context.entityQuery()), 200, { ETag: `"${list.def.version}"` });
      case 'MERGE':
        context.need(Perm.ManageLists, list);
        context.store.updateList(list, context.updateBody(['SP.List'], listEntity(context.store, list, context.apiBase).entity), requireIfMatch(context.ifMatch, list.def.version));
        return context.reply.empty(204, { ETag: `"${list.def.version}"` });
      case 'DELETE':
        context.need(Perm.ManageLists, list);
        context.store.deleteList(list, requireIfMatch(context.ifMatch, list.def.version));
        return context.reply.empty(200);
      default: throw methodNotAllowed(context.method, 'SP.List');
    }
  },
  rootfolder: (context, { list }) => {
    if (context.verb !== 'GET') throw notSupported(`${context.method} on RootFolder`);
    context.need(Perm.ViewListItems, list);
    return context.reply.ok(shapeEntity({ entity: rootFolderEntity(context.store, list, context.apiBase) }, context.entityQuery()));
  }
} satisfies HandlerTable;
