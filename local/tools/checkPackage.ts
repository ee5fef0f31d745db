// Opens the built .sppkg (a zip) and checks what SharePoint and Teams will read from it:
// the web part manifest with its four hosts and both locales, the strings and the Teams icons.
// Prints the gzipped size of each JavaScript file. Exits non-zero on the first missing piece.
import { readFileSync } from 'fs';
import { gzipSync } from 'zlib';
import JSZip from 'jszip';

const packagePath = process.argv[2] ?? 'sharepoint/solution/miljomal.sppkg';
const requiredHosts = ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp'];
const requiredLocales = ['sv-SE', 'en-US'];

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

  const scripts = names.filter((name) => name.endsWith('.js'));
  for (const name of scripts) {
    const bytes = await zip.file(name)!.async('uint8array');
    console.log(`${name}\t${bytes.length} bytes\t${gzipSync(bytes).length} gzipped`);
  }

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
