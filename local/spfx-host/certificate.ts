// A self-signed certificate for https://localhost, made once per run with Debian's openssl (no
// package to install): the browser is told to accept it, nothing else ever sees it.
import { execFile } from 'child_process';
import { mkdtemp, readFile, rm } from 'fs/promises';
import { tmpdir } from 'os';
import * as path from 'path';
import { promisify } from 'util';

const run = promisify(execFile);
let made: Promise<{ key: Buffer; cert: Buffer }> | undefined;

export function loopbackCertificate(): Promise<{ key: Buffer; cert: Buffer }> {
  made ??= (async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'spfx-host-'));
    try {
      const key = path.join(folder, 'key.pem');
      const cert = path.join(folder, 'cert.pem');
      await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '7',
        '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1']);
      return { key: await readFile(key), cert: await readFile(cert) };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  })();
  return made;
}
