/** One `_api` request and its answer, as the server, the dispatcher and `$batch` pass them; errors as SharePoint writes them. */
import type { TenantProperty, UserDef } from './model';
import { SpError } from './errors';
import { contentTypeFor, errorFormatFromAccept, errorPayload } from './format';
import type { Store } from './store';

export interface ApiOptions {
  store: Store;
  digestTimeoutSeconds: number;
  fieldNameFromDisplayName: boolean;
  /** Tenant properties (app catalog storage entities), by key. */
  tenantProperties: Map<string, TenantProperty>;
}

export interface ApiRequest {
  /** Effective method: GET, POST, MERGE, PATCH, PUT, DELETE (X-HTTP-Method already folded in). */
  method: string;
  url: URL;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
  user: UserDef;
  inBatch: boolean;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 409: 'Conflict', 412: 'Precondition Failed',
  429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 503: 'Service Unavailable'
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unknown';
}

/** An SpError as its SharePoint body; anything else is a bug in the emulator: a 500 that says so, logged to stderr. */
export function errorResponse(error: unknown, accept: string | undefined): ApiResponse {
  const format = errorFormatFromAccept(accept);
  let spError: SpError;
  if (error instanceof SpError) spError = error;
  else {
    const message = error instanceof Error ? `${error.message}` : String(error);
    process.stderr.write(`[sharepoint-emulator] internal error: ${error instanceof Error ? error.stack ?? message : message}\n`);
    spError = new SpError(500, '-1, System.Exception', `SharePoint emulator internal error: ${message}`);
  }
  return {
    status: spError.status,
    headers: { 'Content-Type': contentTypeFor(format), ...spError.headers },
    body: errorPayload(spError, format)
  };
}
