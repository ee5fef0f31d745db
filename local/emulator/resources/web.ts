/** `_api` itself, `contextinfo` (form digests) and `web`. */
import { invalidQuery, methodNotAllowed, notSupported } from '../errors';
import { ApiResponse } from '../exchange';
import { issueDigest } from '../digest';
import { webEntity } from '../entities';
import { shapeEntity } from '../odata/entityQuery';
import { RequestContext } from './context';
import { HandlerTable, SegmentTable, withoutArguments } from './resource';

export const webSegments: SegmentTable = {
  root: {
    web: withoutArguments(() => ({ kind: 'web' })),
    contextinfo: () => ({ kind: 'contextinfo' }),
    $batch: () => { throw invalidQuery('A $batch request cannot be nested.'); }
  }
};

function contextInfo(context: RequestContext): ApiResponse {
  const format = context.reply.format;
  const info = {
    FormDigestTimeoutSeconds: context.options.digestTimeoutSeconds, FormDigestValue: issueDigest(), LibraryVersion: '16.0.0.0',
    SiteFullUrl: context.siteUrl, WebFullUrl: context.siteUrl
  };
  const schemaVersions = ['14.0.0.0', '15.0.0.0'];
  if (format === 'verbose') {
    return context.reply.json({
      d: {
        GetContextWebInformation: {
          __metadata: { type: 'SP.ContextWebInformation' }, ...info,
          SupportedSchemaVersions: { __metadata: { type: 'Collection(Edm.String)' }, results: schemaVersions }
        }
      }
    });
  }
  if (format === 'minimal') {
    return context.reply.json({ 'odata.metadata': `${context.apiBase}/$metadata#SP.ContextWebInformation`, ...info, SupportedSchemaVersions: schemaVersions });
  }
  return context.reply.json({ ...info, SupportedSchemaVersions: schemaVersions });
}

export const webHandlers = {
  root: () => { throw notSupported('the path _api'); },
  contextinfo: (context) => {
    if (context.verb !== 'POST') throw methodNotAllowed(context.method, 'SP.ContextWebInformation');
    return contextInfo(context);
  },
  web: (context) => {
    if (context.verb !== 'GET') throw notSupported(`${context.method} on the web`);
    return context.reply.ok(shapeEntity(webEntity(context.store, context.siteUrl, context.apiBase), context.entityQuery()));
  }
} satisfies HandlerTable;
