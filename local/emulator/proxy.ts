// Passing a page's requests on to the emulator, for the local servers that put the emulator
// behind their own origin (the workbench, the SPFx host): the emulator answers loopback hosts only,
// so the Host is its own; what else the caller says (forwarded host and protocol, the user) is
// merged in. An unreachable emulator is a 502 the page can show.
import * as http from 'http';
import type { Emulator } from './server';

export function proxyToEmulator(
  emulator: Emulator,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  change: (headers: http.OutgoingHttpHeaders) => http.OutgoingHttpHeaders = (headers) => headers
): void {
  const headers = change({ ...request.headers, host: `127.0.0.1:${emulator.port}` });
  const upstream = http.request({ host: '127.0.0.1', port: emulator.port, method: request.method, path: request.url, headers }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
  });
  upstream.on('error', (error) => {
    response.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`Emulator unreachable: ${error.message}`);
  });
  request.pipe(upstream);
}
