// Reads a built .sppkg (a zip): the web part's manifest and each script with its gzipped size.
// Used by the package check and by the benchmarks.
import { readFileSync } from 'fs';
import { gzipSync } from 'zlib';
import JSZip from 'jszip';

export interface PackagedScript {
  name: string;
  bytes: number;
  gzipBytes: number;
  /** The entry module: what a page with the web part downloads first. */
  firstChunk: boolean;
}

export interface PackageContents {
  zip: JSZip;
  names: string[];
  /* eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is SPFx's JSON */
  manifest: any;
  /** Every component's manifest in the package: the web part's and the Viva Connections card's. */
  /* eslint-disable-next-line @typescript-eslint/no-explicit-any -- SPFx's JSON */
  components: any[];
  scripts: PackagedScript[];
}

function decodeXmlAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export async function readPackage(packagePath: string): Promise<PackageContents> {
  const zip = await JSZip.loadAsync(readFileSync(packagePath));
  const names = Object.keys(zip.files);
  // One XML file per component: WebPart_<id>.xml for the web part, AdaptiveCardExtension_<id>.xml for the card.
  const componentXmlNames = names.filter((name) => /\/(WebPart|AdaptiveCardExtension)_[0-9a-f-]+\.xml$/.test(name));
  if (componentXmlNames.length === 0) throw new Error(`${packagePath}: no WebPart_<id>.xml inside`);
  const components = await Promise.all(componentXmlNames.map(async (xmlName) => {
    const manifestAttribute = /ComponentManifest="([^"]*)"/.exec(await zip.file(xmlName)!.async('string'));
    if (!manifestAttribute) throw new Error(`${xmlName}: no ComponentManifest`);
    return JSON.parse(decodeXmlAttribute(manifestAttribute[1]));
  }));
  const manifest = components.find((component) => component.componentType === 'WebPart');
  if (!manifest) throw new Error(`${packagePath}: no web part among its components`);

  const firstChunk: string | undefined = manifest.loaderConfig?.scriptResources?.[manifest.loaderConfig?.entryModuleId]?.path;
  const scripts: PackagedScript[] = [];
  for (const name of names.filter((candidate) => candidate.endsWith('.js'))) {
    const bytes = await zip.file(name)!.async('uint8array');
    scripts.push({ name, bytes: bytes.length, gzipBytes: gzipSync(bytes).length, firstChunk: firstChunk !== undefined && name.endsWith(`/${firstChunk}`) });
  }
  return { zip, names, manifest, components, scripts };
}
