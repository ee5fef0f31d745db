// Opens the built .sppkg (a zip) and checks what SharePoint and Teams will read from it:
// the web part manifest with its four hosts and both locales, the strings and the Teams icons.
// Prints the gzipped size of each JavaScript file. Exits non-zero on the first missing piece.
import { readFileSync } from 'fs';
import { gzipSync } from 'zlib';
import JSZip from 'jszip';

const packagePath = process.argv[2] ?? 'sharepoint/solution/miljomal.sppkg';
const requiredHosts = ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp'];
const requiredLocales = ['sv-SE', 'en-US'];
/** The web part's first chunk, gzipped: what every page with the summary downloads. */
const firstChunkBudgetBytes = 150 * 1024;

function decodeXmlAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

async function main(): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(packagePath));
  const names = Object.keys(zip.files);
  const problems: string[] = [];

  const webPartXmlName = names.find((name) => /\/WebPart_[0-9a-f-]+\.xml$/.test(name));
  if (!webPartXmlName) throw new Error(`${packagePath}: no WebPart_<id>.xml inside`);
  const webPartXml = await zip.file(webPartXmlName)!.async('string');
  const manifestAttribute = /ComponentManifest="([^"]*)"/.exec(webPartXml);
  if (!manifestAttribute) throw new Error(`${webPartXmlName}: no ComponentManifest`);
  const manifest = JSON.parse(decodeXmlAttribute(manifestAttribute[1]));

  for (const host of requiredHosts) {
    if (!manifest.supportedHosts?.includes(host)) problems.push(`manifest lacks host ${host}`);
  }
  if (manifest.supportsThemeVariants !== true) problems.push('manifest does not support theme variants');
  const entry = manifest.preconfiguredEntries?.[0] ?? {};
  for (const locale of requiredLocales) {
    if (!entry.title?.[locale]) problems.push(`manifest title lacks ${locale}`);
    if (!entry.description?.[locale]) problems.push(`manifest description lacks ${locale}`);
    if (!names.some((name) => name.includes(`Strings_${locale.toLowerCase()}_`))) problems.push(`no ${locale} strings file`);
  }
  for (const icon of ['color', 'outline']) {
    if (!names.some((name) => name.endsWith(`${manifest.id}_${icon}.png`))) problems.push(`no Teams ${icon} icon`);
  }

  const resources = manifest.loaderConfig?.scriptResources ?? {};
  const strings = resources.MiljomalWebPartStrings ?? {};
  const assetText = async (file: string | undefined): Promise<string | undefined> => {
    const name = file && names.find((candidate) => candidate.endsWith(`/${file}`));
    return name ? zip.file(name)!.async('string') : undefined;
  };
  // A page in a language we do not ship gets the default strings: they must be the Swedish ones.
  const defaultStrings = await assetText(strings.defaultPath);
  if (!defaultStrings || defaultStrings !== (await assetText(strings.paths?.['sv-SE']))) {
    problems.push('the default strings are not the Swedish ones');
  }

  const firstChunk: string | undefined = resources[manifest.loaderConfig?.entryModuleId]?.path;
  const scripts = names.filter((name) => name.endsWith('.js'));
  let totalGzip = 0;
  for (const name of scripts) {
    const bytes = await zip.file(name)!.async('uint8array');
    const gzipped = gzipSync(bytes).length;
    totalGzip += gzipped;
    const isFirst = firstChunk !== undefined && name.endsWith(`/${firstChunk}`);
    console.log(`${name}\t${bytes.length} bytes\t${gzipped} gzipped${isFirst ? '\t(first chunk)' : ''}`);
    if (isFirst && gzipped > firstChunkBudgetBytes) {
      problems.push(`the first chunk is ${gzipped} bytes gzipped, over the budget of ${firstChunkBudgetBytes}`);
    }
  }
  if (!firstChunk) problems.push('no entry module in the manifest');
  console.log(`all scripts: ${totalGzip} bytes gzipped`);

  if (problems.length > 0) {
    console.error(`${packagePath} is incomplete:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`${packagePath}: web part ${manifest.alias} with hosts ${manifest.supportedHosts.join(', ')}; locales ${requiredLocales.join(', ')}; Teams icons present.`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
