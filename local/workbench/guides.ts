// The role guides (docs/guide/*.md) served as a tenant's "Hjälpsida" folder holds them: /hjalp/<guide>.aspx
// as a plain page and /hjalp/bilder/<image>.png, so the web part's Help link works on a laptop. The
// Markdown is rendered minimally (headings, paragraphs, lists, images, links, bold); SharePoint's
// Markdown web part shows the same files in a tenant.
import { readFile } from 'fs/promises';
import * as path from 'path';

const guideFolder = path.resolve(__dirname, '..', '..', 'docs', 'guide');

export interface GuideAnswer {
  contentType: string;
  body: string | Buffer;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One line's inline Markdown: images, links (a guide's .md becomes its page), bold. */
function inline(text: string): string {
  return escapeHtml(text)
    .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, '<img src="$2" alt="$1" style="max-width:100%">')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_match, label: string, href: string) => `<a href="${href.replace(/^([\w-]+)\.md(#|$)/, '$1.aspx$2')}">${label}</a>`)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

export function renderGuide(markdown: string): string {
  const html: string[] = [];
  let list: 'ul' | 'ol' | undefined;
  const closeList = (): void => {
    if (list !== undefined) html.push(`</${list}>`);
    list = undefined;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,4}) (.*)$/.exec(line);
    const item = /^(-|\d+\.) (.*)$/.exec(line);
    if (heading) {
      closeList();
      html.push(`<h${heading[1].length}>${inline(heading[2])}</h${heading[1].length}>`);
    } else if (item) {
      const kind = item[1] === '-' ? 'ul' : 'ol';
      if (list !== kind) {
        closeList();
        html.push(`<${kind}>`);
        list = kind;
      }
      html.push(`<li>${inline(item[2])}</li>`);
    } else if (line.trim() === '') {
      closeList();
    } else {
      closeList();
      html.push(`<p>${inline(line)}</p>`);
    }
  }
  closeList();
  const title = /^# (.*)$/m.exec(markdown)?.[1] ?? 'Miljömål';
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`
    + `<title>${escapeHtml(title)}</title><style>body{font-family:'Segoe UI',sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem;line-height:1.5}</style>`
    + `</head><body><main>${html.join('\n')}</main></body></html>`;
}

/** The answer for a path under /hjalp/, or undefined when it names no guide or image. */
export async function guideAnswer(pathname: string): Promise<GuideAnswer | undefined> {
  const page = /^\/hjalp\/([a-z]+)\.aspx$/.exec(pathname) ?? (pathname === '/hjalp/' ? [pathname, 'README'] : null);
  const image = /^\/hjalp\/bilder\/([\w.-]+\.png)$/.exec(pathname);
  try {
    if (page) return { contentType: 'text/html; charset=utf-8', body: renderGuide(await readFile(path.join(guideFolder, `${page[1]}.md`), 'utf8')) };
    if (image) return { contentType: 'image/png', body: await readFile(path.join(guideFolder, 'bilder', image[1])) };
  } catch {
    return undefined;
  }
  return undefined;
}
