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
  scripts: PackagedScript[];
}

function decodeXmlAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export async function readPackage(packagePath: string): Promise<PackageContents> {
  const zip = await JSZip.loadAsync(readFileSync(packagePath));
  const names = Object.keys(zip.files);
  const webPartXmlName = names.find((name) => /\/WebPart_[0-9a-f-]+\.xml$/.test(name));
  if (!webPartXmlName) throw new Error(`${packagePath}: no WebPart_<id>.xml inside`);
  const webPartXml = await zip.file(webPartXmlName)!.async('string');
  const manifestAttribute = /ComponentManifest="([^"]*)"/.exec(webPartXml);
  if (!manifestAttribute) throw new Error(`${webPartXmlName}: no ComponentManifest`);
  const manifest = JSON.parse(decodeXmlAttribute(manifestAttribute[1]));

  const firstChunk: string | undefined = manifest.loaderConfig?.scriptResources?.[manifest.loaderConfig?.entryModuleId]?.path;
  const scripts: PackagedScript[] = [];
  for (const name of names.filter((candidate) => candidate.endsWith('.js'))) {
    const bytes = await zip.file(name)!.async('uint8array');
    scripts.push({ name, bytes: bytes.length, gzipBytes: gzipSync(bytes).length, firstChunk: firstChunk !== undefined && name.endsWith(`/${firstChunk}`) });
  }
  return { zip, names, manifest, scripts };
}
