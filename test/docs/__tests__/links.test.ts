// The README and docs/ as a newcomer reads them: every relative link (and its #anchor) leads to a
// file in this repository, no line is longer than 400 characters, and the README stays short.
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..');

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

const files = [path.join(root, 'README.md'), ...markdownFiles(path.join(root, 'docs'))];

/** The text outside code fences and inline code, where a link is a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped (letters of any script kept), spaces to hyphens. */
export function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[`*_]/g, '').replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const headings = prose(readFileSync(file, 'utf8')).split('\n').filter((line) => /^#{1,6} /.test(line));
  return new Set(headings.map((line) => slug(line.replace(/^#+ /, ''))));
}

interface Link {
  from: string;
  target: string;
}

function relativeLinks(file: string): Link[] {
  const links: Link[] = [];
  for (const match of prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = match[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …
    links.push({ from: path.relative(root, file), target });
  }
  return links;
}

/** Why a link leads nowhere, or undefined when it resolves inside the repository. */
function brokenBecause(link: Link): string | undefined {
  const [filePart, anchor] = link.target.split('#');
  const resolved = filePart === '' ? path.join(root, link.from) : path.resolve(root, path.dirname(link.from), decodeURIComponent(filePart));
  if (path.relative(root, resolved).startsWith('..')) return 'outside the repository';
  if (!existsSync(resolved)) return 'no such file';
  if (anchor !== undefined && resolved.endsWith('.md') && !anchorsOf(resolved).has(decodeURIComponent(anchor))) return `no heading #${anchor}`;
  return undefined;
}

describe('the README and docs/', () => {
  const links = files.flatMap(relativeLinks);

  it('has links to check', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(links.length).toBeGreaterThan(40);
  });

  it('has no relative link that leads nowhere', () => {
    const broken = links.flatMap((link) => {
      const why = brokenBecause(link);
      return why === undefined ? [] : [`${link.from}: ${link.target} (${why})`];
    });
    expect(broken).toEqual([]);
  });

  it('keeps every line within 400 characters', () => {
    const long = files.flatMap((file) => readFileSync(file, 'utf8').split('\n')
      .flatMap((line, index) => (line.length > 400 ? [`${path.relative(root, file)}:${index + 1} (${line.length})`] : [])));
    expect(long).toEqual([]);
  });

  it('keeps the README within 160 lines', () => {
    expect(readFileSync(path.join(root, 'README.md'), 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(160);
  });
});

describe('the link check itself', () => {
  it('finds a missing file, a missing heading and a link out of the repository', () => {
    expect(brokenBecause({ from: 'README.md', target: 'docs/nothing-here.md' })).toBe('no such file');
    expect(brokenBecause({ from: 'README.md', target: 'docs/deploy.md#no-such-heading' })).toBe('no heading #no-such-heading');
    expect(brokenBecause({ from: 'docs/deploy.md', target: '../../shared/DOMAIN.md' })).toBe('outside the repository');
    expect(brokenBecause({ from: 'README.md', target: 'docs/deploy.md#node-version' })).toBeUndefined();
  });

  it('makes the anchors GitHub makes', () => {
    expect(slug('Who may change what: what SharePoint enforces, and what only the web part does'))
      .toBe('who-may-change-what-what-sharepoint-enforces-and-what-only-the-web-part-does');
    expect(slug('The guides in the tenant: Hjälpsida')).toBe('the-guides-in-the-tenant-hjälpsida');
  });
});
