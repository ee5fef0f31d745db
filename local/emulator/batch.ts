/**
 * `$batch` as PnPjs v4 sends it (multipart/mixed, LF line endings, GETs as top-level parts, runs of
 * writes as changesets) and as it parses the answer: one `--batchresponse_` part per request, in
 * order, never nested, framed with CRLF as SharePoint frames it, the closing boundary followed by a
 * line break (PnPjs's parser needs that last line). Not transactional: every part
 * runs, a failed part undoes nothing. The caller passes the function that runs one part.
 */
import { randomUUID } from 'node:crypto';
import { invalidQuery } from './errors';
import { ApiResponse, statusText } from './exchange';

export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

function boundaryOf(contentType: string | undefined): string {
  const match = /boundary=("?)([^";]+)\1/i.exec(contentType ?? '');
  if (!match) throw invalidQuery('The $batch request has no multipart boundary.');
  return match[2];
}

/** Splits a multipart body into the raw contents of its parts. */
function splitMultipart(text: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | null = null;
  let closed = false;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line === delimiter || line === `${delimiter}--`) {
      if (current) parts.push(current.join('\n'));
      current = line === delimiter ? [] : null;
      if (line !== delimiter) { closed = true; break; }
      continue;
    }
    if (current) current.push(line);
  }
  if (!closed) throw invalidQuery(`The multipart body has no closing boundary '${delimiter}--'.`);
  return parts;
}

/** Header lines from `start` up to the blank line; returns them and the line after the blank one. */
function readHeaders(lines: string[], start: number): [Record<string, string>, number] {
  const headers: Record<string, string> = {};
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') { i++; break; }
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return [headers, i];
}

function parseHttpPart(raw: string): BatchPart {
  const lines = raw.split('\n');
  const [, afterPartHeaders] = readHeaders(lines, 0);
  const requestLine = lines[afterPartHeaders] ?? '';
  const match = /^([A-Z]+)\s+(\S+)\s+HTTP\/\d(\.\d)?$/i.exec(requestLine.trim());
  if (!match) throw invalidQuery(`The $batch part request line '${requestLine}' is not valid.`);
  const [headers, bodyStart] = readHeaders(lines, afterPartHeaders + 1);
  const body = lines.slice(bodyStart).join('\n').replace(/\n+$/, '');
  return { method: match[1].toUpperCase(), url: match[2], headers, body };
}

export function parseBatch(body: string, contentType: string | undefined): BatchPart[] {
  const text = body.replace(/\r\n/g, '\n');
  const requests: BatchPart[] = [];
  for (const part of splitMultipart(text, boundaryOf(contentType))) {
    const [headers] = readHeaders(part.split('\n'), 0);
    const partType = headers['content-type'] ?? '';
    if (/^multipart\/mixed/i.test(partType)) {
      for (const inner of splitMultipart(part, boundaryOf(partType))) requests.push(parseHttpPart(inner));
    } else {
      requests.push(parseHttpPart(part));
    }
  }
  return requests;
}

export function writeBatchResponse(responses: ApiResponse[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  const lines: string[] = [];
  for (const response of responses) {
    lines.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(`HTTP/1.1 ${response.status} ${statusText(response.status)}`);
    for (const [name, value] of Object.entries(response.headers)) {
      // PnPjs splits header lines on ':' and keeps only two-part lines
      if (!value.includes(':')) lines.push(`${name.toUpperCase() === 'CONTENT-TYPE' ? 'CONTENT-TYPE' : name}: ${value}`);
    }
    lines.push('');
    if (response.body) lines.push(response.body.replace(/\r?\n/g, ''));
  }
  lines.push(`--${boundary}--`, '');
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: lines.join('\r\n') };
}

/** Runs every part in order through `runPart` and answers them all in one multipart response. */
export function runBatch(body: string, contentType: string | undefined, runPart: (part: BatchPart) => ApiResponse): ApiResponse {
  const answer = writeBatchResponse(parseBatch(body, contentType).map(runPart));
  return { status: 200, headers: { 'Content-Type': answer.contentType }, body: answer.body };
}
