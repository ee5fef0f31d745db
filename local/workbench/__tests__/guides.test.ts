import { guideAnswer, renderGuide } from '../guides';

describe('the workbench\'s guides (what the Help link opens on a laptop)', () => {
  it('serves each role\'s guide as a page, its images beside it', async () => {
    for (const guide of ['regionstaben', 'avdelningschef', 'enhetschef', 'lasare']) {
      const page = await guideAnswer(`/hjalp/${guide}.aspx`);
      expect(page?.contentType).toBe('text/html; charset=utf-8');
      expect(String(page?.body)).toMatch(/<h1>[^<]+: en vecka med Miljömål<\/h1>/);
    }
    const image = await guideAnswer('/hjalp/bilder/lasare-kopierad.png');
    expect(image?.contentType).toBe('image/png');
  });

  it('answers nothing for a name it does not hold, or a path out of the folder', async () => {
    expect(await guideAnswer('/hjalp/nobody.aspx')).toBeUndefined();
    expect(await guideAnswer('/hjalp/../README.aspx')).toBeUndefined();
    expect(await guideAnswer('/hjalp/bilder/../../README.md')).toBeUndefined();
  });

  it('renders Markdown as text: what a guide writes is never markup, its links to other guides are pages', () => {
    const html = renderGuide('# Rubrik\n\nSe [enhetschef](enhetschef.md#steg) och <script>x</script>.\n\n- ett\n- två\n\n![Bild](bilder/a.png)');
    expect(html).toContain('<h1>Rubrik</h1>');
    expect(html).toContain('<a href="enhetschef.aspx#steg">enhetschef</a>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('<ul>\n<li>ett</li>\n<li>två</li>\n</ul>');
    expect(html).toContain('<img src="bilder/a.png" alt="Bild" style="max-width:100%">');
  });
});
