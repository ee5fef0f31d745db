/** `web/regionalsettings` and its `timezone`: the site's locale settings and the zone its dates live in. */
import { notSupported } from '../errors';
import { regionalSettingsEntity, timeZoneEntity } from '../entities';
import { shapeEntity } from '../odata/entityQuery';
import { RequestContext } from './context';
import { HandlerTable, SegmentTable, withoutArguments } from './resource';

export const regionalSegments: SegmentTable = {
  web: {
    regionalsettings: withoutArguments(() => ({ kind: 'regionalsettings' }))
  },
  regionalsettings: {
    timezone: withoutArguments(() => ({ kind: 'timezone' }))
  }
};

function readOnly(context: RequestContext, what: string): void {
  // Regional settings change in the site's settings page, never over this REST path.
  if (context.verb !== 'GET') throw notSupported(`${context.method} on ${what}`);
}

export const regionalHandlers = {
  regionalsettings: (context) => {
    readOnly(context, 'the regional settings');
    return context.reply.ok(shapeEntity(regionalSettingsEntity(context.store, context.apiBase), context.entityQuery()));
  },
  timezone: (context) => {
    readOnly(context, 'the time zone');
    return context.reply.ok(shapeEntity({ entity: timeZoneEntity(context.store, context.apiBase) }, context.entityQuery()));
  }
} satisfies HandlerTable;
