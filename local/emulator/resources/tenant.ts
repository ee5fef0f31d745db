/**
 * Tenant properties: `web/GetStorageEntity('key')`, which SharePoint answers from the tenant app
 * catalog on any site. Setting one needs the app catalog site (SetStorageEntity there, or an admin
 * tool): the emulator has no app catalog, so tests and the SPFx host set them on the emulator
 * object (`emulator.tenantProperties`), and SetStorageEntity answers 501.
 */
import { methodNotAllowed } from '../errors';
import { complex } from '../format';
import { argString } from '../path';
import { HandlerTable, SegmentTable } from './resource';

export const tenantSegments: SegmentTable = {
  web: {
    getstorageentity: (context, web, segment) => ({ kind: 'storageentity', key: argString(segment) })
  }
};

export const tenantHandlers = {
  storageentity: (context, { key }) => {
    if (context.verb !== 'GET') throw methodNotAllowed(context.method, 'GetStorageEntity');
    const property = context.options.tenantProperties.get(key);
    // An unset key is a null result, as for any function returning nothing.
    if (property === undefined) return context.reply.voidResult('GetStorageEntity');
    return context.reply.namedResult('GetStorageEntity', complex('SP.StorageEntity', {
      Comment: property.Comment ?? null, Description: property.Description ?? null, Value: property.Value
    }));
  }
} satisfies HandlerTable;
