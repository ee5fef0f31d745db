/**
 * SharePoint-shaped errors. A handler throws an SpError; the server turns it into the JSON light
 * (`{"odata.error":...}`) or verbose (`{"error":...}`) body, chosen by the request's Accept header.
 */
export class SpError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
    this.name = 'SpError';
  }
}

/** Anything the emulator does not implement: loud 501, naming what was asked for. */
export function notSupported(what: string): SpError {
  return new SpError(
    501,
    '-1, Microsoft.SharePoint.Emulator.NotSupportedException',
    `The SharePoint emulator does not support ${what}.`
  );
}

export const THROTTLED_MESSAGE = 'The attempted operation is prohibited because it exceeds the list view threshold.';

export function throttled(): SpError {
  return new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', THROTTLED_MESSAGE);
}

export function accessDenied(): SpError {
  return new SpError(403, '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.');
}

export function invalidDigest(): SpError {
  return new SpError(403, '-2130575251, Microsoft.SharePoint.SPException',
    'The security validation for this page is invalid and might be corrupted. ' +
    'Please use your web browser\'s Back button to try your operation again.');
}

export function listNotFound(title: string, siteUrl: string): SpError {
  return new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`);
}

export function listNotFoundById(): SpError {
  return new SpError(404, '-1, System.ArgumentException',
    'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.');
}

export function fileNotFound(): SpError {
  return new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
}

export function itemNotFound(): SpError {
  return new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
}

export function fieldNotFound(name: string): SpError {
  return new SpError(404, '-2147024809, System.ArgumentException',
    `Column '${name}' does not exist. It may have been deleted by another user.`);
}

/** Unknown field in $select / $orderby. */
export function unknownSelectField(name: string): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`);
}

/** Unknown field in $filter. */
export function unknownFilterField(name: string): SpError {
  return new SpError(400, '-2147024809, System.ArgumentException',
    `Column '${name}' does not exist. It may have been deleted by another user.`);
}

export function unknownProperty(name: string, typeName: string): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`);
}

/** A path segment the entity does not have (as SharePoint answers one, pnp/pnpframework#445). */
export function resourceNotFound(segment: string): SpError {
  return new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`);
}

export function projectionWithoutExpand(projection: string, lookup: string): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.SPException',
    `The query to field '${projection}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${lookup}.`);
}

export function invalidQuery(message: string): SpError {
  return new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);
}

export function invalidJson(): SpError {
  return invalidQuery('Invalid JSON. A token was not recognized in the JSON content.');
}

export function unresolvedType(type: string): SpError {
  return invalidQuery(`A type named '${type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
}

export function etagMismatch(sent: string, current: string): SpError {
  return new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`);
}

export function principalNotFound(kind: 'User' | 'Group'): SpError {
  return new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `${kind} cannot be found.`);
}

export function roleDefinitionNotFound(): SpError {
  return new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Role definition cannot be found.');
}

export function methodNotAllowed(method: string, resource: string): SpError {
  return new SpError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The HTTP method '${method}' cannot be used to access the resource '${resource}'. ` +
    'The operation type of the resource is specified as \'Default\'. Please use correct HTTP method to invoke the resource.');
}

export function errorBody(error: SpError, verbose: boolean): Record<string, unknown> {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return verbose ? { error: inner } : { 'odata.error': inner };
}
