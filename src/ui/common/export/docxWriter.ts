// A Word document (.docx, WordprocessingML) from the report's blocks, zipped with fflate: the zip
// library the .xlsx export already carries. A few parts written by hand instead of the `docx`
// package (about 68 KB gzipped): what the report needs is headings, paragraphs and tables.
//
// Accessible as Word's checker reads it: the document language (docDefaults and dc:language), a
// title (dc:title), Word's own heading styles ("heading 1", "heading 2": the navigation pane and
// screen readers' heading lists know them), each table's first row marked as a header row that
// repeats on every page (w:tblHeader), and a caption as the table's alternative text (w:tblCaption).

import { strToU8, zipSync } from 'fflate';
import type { IWordDocument, WordBlock } from './wordDocument';
import type { Cell } from './sheetTypes';

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const header = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text as XML character data: escaped, and without the control characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- these are exactly what XML 1.0 cannot hold
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A run of text; a line break typed in a name or paragraph stays a line break. */
function runs(text: string, bold = false): string {
  const properties = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return text.split(/\r?\n/).map((line, at) =>
    `<w:r>${properties}${at > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`).join('');
}

function paragraph(text: string, style?: string, options: { bold?: boolean; right?: boolean; keepNext?: boolean } = {}): string {
  const properties = [
    style === undefined ? '' : `<w:pStyle w:val="${style}"/>`,
    options.keepNext ? '<w:keepNext/>' : '',
    options.right ? '<w:jc w:val="right"/>' : ''
  ].join('');
  return `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${runs(text, options.bold)}</w:p>`;
}

/** A4 less 2.5 cm margins, in twentieths of a point. */
const textWidth = 11906 - 2 * 1418;

function cellXml(cell: Cell, isHeader: boolean, width: number): string {
  const text = cell === null ? '' : String(cell);
  const numeric = !isHeader && typeof cell === 'string' && /^[\d\s\u00a0\u202f,.−-]+$/.test(cell) && /\d/.test(cell);
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph(text, 'TableText', { bold: isHeader, right: numeric || typeof cell === 'number' })}</w:tc>`;
}

function table(block: Extract<WordBlock, { kind: 'table' }>): string {
  const columns = block.header.length;
  const width = Math.floor(textWidth / columns);
  const grid = Array.from({ length: columns }, () => `<w:gridCol w:w="${width}"/>`).join('');
  const headerRow = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${block.header.map((cell) => cellXml(cell, true, width)).join('')}</w:tr>`;
  const bodyRows = block.rows.map((row) => {
    const cells = Array.from({ length: columns }, (_, at) => cellXml(row[at] ?? null, false, width)).join('');
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`;
  }).join('');
  const properties = '<w:tblPr><w:tblStyle w:val="ReportTable"/><w:tblW w:w="5000" w:type="pct"/>'
    + '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
    + `<w:tblCaption w:val="${xmlText(block.caption)}"/></w:tblPr>`;
  // The caption is also a visible paragraph before the table, kept with it.
  return `${paragraph(block.caption, 'Caption', { keepNext: true })}<w:tbl>${properties}<w:tblGrid>${grid}</w:tblGrid>${headerRow}${bodyRows}</w:tbl>`
    + '<w:p/>';
}

function body(document: IWordDocument): string {
  const blocks = document.blocks.map((block) => {
    switch (block.kind) {
      case 'heading': return paragraph(block.text, `Heading${block.level}`, { keepNext: true });
      case 'paragraph': return paragraph(block.text);
      case 'table': return table(block);
    }
  }).join('');
  const section = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    + '<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
  return `${header}<w:document xmlns:w="${w}" xmlns:r="${relationships}"><w:body>${blocks}${section}</w:body></w:document>`;
}

function styles(language: string): string {
  const style = (type: string, id: string, name: string, inner: string, extra = ''): string =>
    `<w:style w:type="${type}" w:styleId="${id}"${extra}><w:name w:val="${name}"/>${inner}</w:style>`;
  const heading = (level: 1 | 2, size: number): string => style('paragraph', `Heading${level}`, `heading ${level}`,
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
    + `<w:pPr><w:keepNext/><w:spacing w:before="${level === 1 ? 240 : 200}" w:after="80"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>`
    + `<w:rPr><w:b/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`);
  return `${header}<w:styles xmlns:w="${w}">`
    + '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>'
    + `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${language}" w:eastAsia="${language}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`
    + '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + style('paragraph', 'Normal', 'Normal', '<w:qFormat/>', ' w:default="1"')
    + heading(1, 32)
    + heading(2, 26)
    + style('paragraph', 'Caption', 'caption', '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:qFormat/>'
      + '<w:pPr><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:i/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>')
    + style('paragraph', 'TableText', 'Table Text', '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
      + '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>')
    + style('table', 'TableNormal', 'Normal Table', '<w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
      + '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>', ' w:default="1"')
    + style('table', 'ReportTable', 'Report Table', '<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
      + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`).join('')
      + '</w:tblBorders></w:tblPr>')
    + '</w:styles>';
}

/** SharePoint and Word want a W3C date without fractions of a second. */
function w3cDate(moment: string): string {
  const date = new Date(moment);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function coreProperties(document: IWordDocument): string {
  return `${header}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"`
    + ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:title>${xmlText(document.title)}</dc:title><dc:language>${document.language}</dc:language><dc:creator>Miljömål</dc:creator>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cDate(document.created)}</dcterms:created></cp:coreProperties>`;
}

const contentTypes = `${header}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
  + '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
  + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
  + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
  + '</Types>';

const packageRelationships = `${header}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + `<Relationship Id="rId1" Type="${relationships}/officeDocument" Target="word/document.xml"/>`
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
  + `<Relationship Id="rId3" Type="${relationships}/extended-properties" Target="docProps/app.xml"/>`
  + '</Relationships>';

const documentRelationships = `${header}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + `<Relationship Id="rId1" Type="${relationships}/styles" Target="styles.xml"/>`
  + `<Relationship Id="rId2" Type="${relationships}/settings" Target="settings.xml"/>`
  + '</Relationships>';

function settings(language: string): string {
  return `${header}<w:settings xmlns:w="${w}"><w:defaultTabStop w:val="1304"/>`
    + `<w:characterSpacingControl w:val="doNotCompress"/><w:themeFontLang w:val="${language}"/></w:settings>`;
}

const appProperties = `${header}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Miljömål</Application></Properties>`;

/** The parts of the package by path, as text. */
export function docxParts(document: IWordDocument): Record<string, string> {
  return {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': packageRelationships,
    'docProps/core.xml': coreProperties(document),
    'docProps/app.xml': appProperties,
    'word/_rels/document.xml.rels': documentRelationships,
    'word/document.xml': body(document),
    'word/styles.xml': styles(document.language),
    'word/settings.xml': settings(document.language)
  };
}

export function docxBytes(document: IWordDocument): Uint8Array {
  const parts = docxParts(document);
  const files: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(parts)) files[path] = strToU8(text);
  return zipSync(files, { level: 6 });
}
