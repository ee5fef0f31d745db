/** A list's `fields`: by id, title or internal name; `fields.add*`, `addfield`, `createfieldasxml`; field MERGE and DELETE. */
import { FieldDef } from '../model';
import { fieldNotFound, invalidQuery, methodNotAllowed, notSupported, unknownProperty } from '../errors';
import { fieldODataType, normalizeGuid } from '../fields';
import { parseFieldBody, parseSchemaXml } from '../fieldSpecs';
import { Perm } from '../permissions';
import { argString } from '../path';
import { ListState } from '../store';
import { fieldEntity } from '../entities';
import { queryEntities, shapeEntity } from '../odata/entityQuery';
import { RequestContext } from './context';
import { HandlerTable, Resource, SegmentTable, action } from './resource';

/** AddFieldInternalNameHint: name the field from Name, not from DisplayName. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

function fieldResource(list: ListState, field: FieldDef | undefined, asked: string): Resource {
  if (!field) throw fieldNotFound(asked);
  return { kind: 'field', list, field };
}

function fieldById(list: ListState, id: string): Resource {
  const guid = normalizeGuid(id);
  return fieldResource(list, list.def.fields.find((field) => field.id === guid), id);
}

const sameText = (left: string, right: string): boolean => left.toLowerCase() === right.toLowerCase();

/** `addfield` and `createfieldasxml` take `{ parameters: {...} }`. */
function addFieldParameters(context: RequestContext): Record<string, unknown> {
  const parameters = context.body().parameters as Record<string, unknown> | undefined;
  if (!parameters || typeof parameters !== 'object') throw invalidQuery('The body needs "parameters".');
  return parameters;
}

function addField(list: ListState, name: 'createfieldasxml' | 'addfield'): Resource {
  return action(name, (context) => {
    context.need(Perm.ManageLists, list);
    const parameters = addFieldParameters(context);
    let field: FieldDef;
    if (name === 'createfieldasxml') {
      for (const key of Object.keys(parameters)) {
        if (!['SchemaXml', 'Options', '__metadata'].includes(key)) throw notSupported(`the createfieldasxml parameter '${key}'`);
      }
      const options = Number(parameters.Options ?? 0);
      const useNameHint = (options & ADD_FIELD_INTERNAL_NAME_HINT) === ADD_FIELD_INTERNAL_NAME_HINT || !context.options.fieldNameFromDisplayName;
      field = context.store.addField(list, parseSchemaXml(String(parameters.SchemaXml ?? '')), useNameHint);
    } else {
      field = context.store.addField(list, parseFieldBody(parameters), false);
    }
    return context.reply.ok(fieldEntity(list, field, context.apiBase).entity);
  });
}

export const fieldSegments: SegmentTable = {
  list: {
    fields: (context, { list }, segment) => segment.args ? fieldById(list, argString(segment)) : { kind: 'fields', list }
  },
  fields: {
    getbyid: (context, { list }, segment) => fieldById(list, argString(segment)),
    getbytitle: (context, { list }, segment) => {
      const title = argString(segment);
      return fieldResource(list, list.def.fields.find((field) => sameText(field.title, title)), title);
    },
    getbyinternalnameortitle: (context, { list }, segment) => {
      const name = argString(segment);
      const field = list.def.fields.find((candidate) => sameText(candidate.internalName, name))
        ?? list.def.fields.find((candidate) => sameText(candidate.title, name));
      return fieldResource(list, field, name);
    },
    createfieldasxml: (context, { list }) => addField(list, 'createfieldasxml'),
    addfield: (context, { list }) => addField(list, 'addfield')
  }
};

export const fieldHandlers = {
  fields: (context, { list }) => {
    switch (context.verb) {
      case 'GET':
        context.need(Perm.ViewListItems, list);
        return context.reply.ok(queryEntities(list.def.fields.map((field) => fieldEntity(list, field, context.apiBase)), context.entityQuery(), 'SP.ApiData.Fields'));
      case 'POST': {
        context.need(Perm.ManageLists, list);
        const field = context.store.addField(list, parseFieldBody(context.body()), false);
        return context.reply.ok(fieldEntity(list, field, context.apiBase).entity, 201);
      }
      default: throw methodNotAllowed(context.method, 'SP.FieldCollection');
    }
  },
  field: (context, { list, field }) => {
    switch (context.verb) {
      case 'GET':
        context.need(Perm.ViewListItems, list);
        return context.reply.ok(shapeEntity(fieldEntity(list, field, context.apiBase), context.entityQuery()));
      case 'MERGE':
        context.need(Perm.ManageLists, list);
        checkSubtypeProperties(context.body(), field);
        context.store.updateField(list, field, context.updateBody([fieldODataType(field), 'SP.Field'], fieldEntity(list, field, context.apiBase).entity));
        return context.reply.empty(204);
      case 'DELETE':
        context.need(Perm.ManageLists, list);
        context.store.deleteField(list, field);
        return context.reply.empty(200);
      default: throw methodNotAllowed(context.method, 'SP.Field');
    }
  }
} satisfies HandlerTable;

/**
 * A property only a field subtype has (RelationshipDeleteBehavior: SP.FieldLookup's) is refused unless
 * the body names that type: SharePoint answered pnpjs#1187's untyped MERGE so, and accepted it with
 * `"@odata.type": "#SP.FieldLookup"`. Stricter than SharePoint may be for a body with no type at all.
 */
function checkSubtypeProperties(body: Record<string, unknown>, field: FieldDef): void {
  if (!Object.hasOwn(body, 'RelationshipDeleteBehavior')) return;
  const verboseType = (body.__metadata as { type?: unknown } | undefined)?.type;
  const lightType = typeof body['@odata.type'] === 'string' ? (body['@odata.type'] as string).replace(/^#/, '') : undefined;
  const named = String(verboseType ?? lightType ?? 'SP.Field');
  if (named !== 'SP.FieldLookup' || field.kind !== 'Lookup') throw unknownProperty('RelationshipDeleteBehavior', named);
}
