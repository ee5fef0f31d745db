/**
 * `$batch` as PnPjs v4 sends it (multipart/mixed, LF line endings, GETs as top-level parts, runs of
 * writes as changesets) and as it parses the answer: one `--batchresponse_` part per request, in
 * order, never nested, the closing boundary followed by a newline. Not transactional: every part
 * runs, a failed part undoes nothing.
 */
import { randomUUID } from 'node:crypto';
import { invalidQuery } from './errors';
import { ApiResponse, statusText } from './api';

export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

function boundaryOf(contentType: string | undefined): string {
  const m = /boundary=("?)([^";]+)\1/i.exec(contentType ?? '');
  if (!m) throw invalidQuery('The $batch request has no multipart boundary.');
  return m[2];
}

/** Splits a multipart body into the raw contents of its parts. */
function splitMultipart(text: string, boundary: string): string[] {
  const lines = text.split('\n');
  const delim = `--${boundary}`;
  const parts: string[] = [];
  let cur: string[] | null = null;
  let closed = false;
  for (const line of lines) {
    const l = line.replace(/\r$/, '');
    if (l === delim || l === `${delim}--`) {
      if (cur) parts.push(cur.join('\n'));
      cur = l === delim ? [] : null;
      if (l !== delim) { closed = true; break; }
      continue;
    }
    if (cur) cur.push(l);
  }
  if (!closed) throw invalidQuery(`The multipart body has no closing boundary '${delim}--'.`);
  return parts;
}

function readHeaders(lines: string[], start: number): [Record<string, string>, number] {
  const headers: Record<string, string> = {};
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim() === '') { i++; break; }
    const c = l.indexOf(':');
    if (c > 0) headers[l.slice(0, c).trim().toLowerCase()] = l.slice(c + 1).trim();
  }
  return [headers, i];
}

function parseHttpPart(raw: string): BatchPart {
  const lines = raw.split('\n');
  const [, afterPartHeaders] = readHeaders(lines, 0);
  const requestLine = lines[afterPartHeaders] ?? '';
  const m = /^([A-Z]+)\s+(\S+)\s+HTTP\/\d(\.\d)?$/i.exec(requestLine.trim());
  if (!m) throw invalidQuery(`The $batch part request line '${requestLine}' is not valid.`);
  const [headers, bodyStart] = readHeaders(lines, afterPartHeaders + 1);
  const body = lines.slice(bodyStart).join('\n').replace(/\n+$/, '');
  return { method: m[1].toUpperCase(), url: m[2], headers, body };
}

export function parseBatch(body: string, contentType: string | undefined): BatchPart[] {
  const text = body.replace(/\r\n/g, '\n');
  const out: BatchPart[] = [];
  for (const part of splitMultipart(text, boundaryOf(contentType))) {
    const lines = part.split('\n');
    const [headers] = readHeaders(lines, 0);
    const ct = headers['content-type'] ?? '';
    if (/^multipart\/mixed/i.test(ct)) {
      const cs = boundaryOf(ct);
      for (const inner of splitMultipart(part, cs)) out.push(parseHttpPart(inner));
    } else {
      out.push(parseHttpPart(part));
    }
  }
  return out;
}

export function writeBatchResponse(responses: ApiResponse[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  const chunks: string[] = [];
  for (const r of responses) {
    chunks.push(`--${boundary}\n`, 'Content-Type: application/http\n', 'Content-Transfer-Encoding: binary\n', '\n');
    chunks.push(`HTTP/1.1 ${r.status} ${statusText(r.status)}\n`);
    for (const [k, v] of Object.entries(r.headers)) {
      // PnPjs splits header lines on ':' and keeps only two-part lines
      if (!v.includes(':')) chunks.push(`${k.toUpperCase() === 'CONTENT-TYPE' ? 'CONTENT-TYPE' : k}: ${v}\n`);
    }
    chunks.push('\n');
    if (r.body) chunks.push(`${r.body.replace(/\r?\n/g, '')}\n`);
  }
  chunks.push(`--${boundary}--\n`);
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: chunks.join('') };
}
