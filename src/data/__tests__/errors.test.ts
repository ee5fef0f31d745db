import { ReadError } from '../../ports';
import { failureOf, guardRead, readErrorOf } from '../errors';

const http = (status: number, message: string): Error => Object.assign(new Error(message), { status });

describe('SharePoint errors become the port\'s words', () => {
  it('tells throttling and an unreachable server from other failures', () => {
    expect(failureOf(http(429, 'Too Many Requests')).cause).toBe('busy');
    expect(failureOf(http(503, 'Service Unavailable')).cause).toBe('busy');
    expect(failureOf(http(504, 'Gateway Timeout')).cause).toBe('busy');
    expect(failureOf(new TypeError('Failed to fetch')).cause).toBe('unreachable');
    expect(failureOf(http(500, 'boom')).cause).toBe('rejected');
  });

  it('keeps the status and SharePoint\'s message as details for support', () => {
    expect(failureOf(http(429, 'Too Many Requests')).message).toBe('HTTP 429: Too Many Requests');
    expect(failureOf('plain').message).toBe('plain');
  });

  it('gives reads one error type, naming a refusal and a missing site', async () => {
    expect(readErrorOf(http(403, 'Access denied')).kind).toBe('forbidden');
    expect(readErrorOf(http(401, 'Unauthorized')).kind).toBe('forbidden');
    expect(readErrorOf(http(404, 'Not found')).kind).toBe('notFound');
    expect(readErrorOf(http(503, 'Service Unavailable')).kind).toBe('busy');
    const rejection = guardRead(() => Promise.reject(http(500, 'boom')));
    await expect(rejection).rejects.toBeInstanceOf(ReadError);
    await expect(rejection).rejects.toMatchObject({ kind: 'rejected', message: 'HTTP 500: boom' });
  });
});
