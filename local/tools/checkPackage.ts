// Opens the built .sppkg (a zip) and checks what SharePoint and Teams will read from it:
// the web part manifest with its four hosts and both locales, the Viva Connections card's manifest
// (the dashboard, both locales), the strings of every loc module of config/config.json in both
// locales (Swedish by default) as the component that loads it names them, the Teams icons, and the
// first chunk's size budget. Prints the gzipped size of each script and the card's.
import { readFileSync } from 'fs';
import * as path from 'path';
import { readPackage } from './packageContents';

const packagePath = process.argv[2] ?? 'sharepoint/solution/miljomal.sppkg';
const requiredHosts = ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp'];
const requiredLocales = ['sv-SE', 'en-US'];
/** The web part's first chunk, gzipped: what every page with the summary downloads. */
const firstChunkBudgetBytes = 100 * 1024;
/** The loc modules the web part loads, one per feature: "MiljomalCommonStrings", … */
const locModules = Object.keys(JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'config', 'config.json'), 'utf8')).localizedResources);

async function main(): Promise<void> {
  const { zip, names, manifest, components, scripts } = await readPackage(packagePath);
  const problems: string[] = [];

  for (const host of requiredHosts) {
    if (!manifest.supportedHosts?.includes(host)) problems.push(`manifest lacks host ${host}`);
  }
  if (manifest.supportsThemeVariants !== true) problems.push('manifest does not support theme variants');
  const entry = manifest.preconfiguredEntries?.[0] ?? {};
  for (const locale of requiredLocales) {
    if (!entry.title?.[locale]) problems.push(`manifest title lacks ${locale}`);
    if (!entry.description?.[locale]) problems.push(`manifest description lacks ${locale}`);
  }
  const card = components.find((component) => component.componentType === 'AdaptiveCardExtension');
  if (!card) problems.push('no Viva Connections card (an AdaptiveCardExtension) in the package');
  else {
    if (!card.supportedHosts?.includes('Dashboard')) problems.push('the card is not for the dashboard');
    const cardEntry = card.preconfiguredEntries?.[0] ?? {};
    for (const locale of requiredLocales) {
      if (!cardEntry.title?.[locale]) problems.push(`card title lacks ${locale}`);
      if (!cardEntry.description?.[locale]) problems.push(`card description lacks ${locale}`);
    }
  }
  for (const icon of ['color', 'outline']) {
    if (!names.some((name) => name.endsWith(`${manifest.id}_${icon}.png`))) problems.push(`no Teams ${icon} icon`);
  }

  const assetText = async (file: string | undefined): Promise<string | undefined> => {
    const name = file && names.find((candidate) => candidate.endsWith(`/${file}`));
    return name ? zip.file(name)!.async('string') : undefined;
  };
  for (const module of locModules) {
    const strings = components.map((component) => component.loaderConfig?.scriptResources?.[module]).find((resource) => resource !== undefined);
    if (!strings) {
      problems.push(`no component's manifest loads ${module}`);
      continue;
    }
    for (const locale of requiredLocales) {
      if (!(await assetText(strings.paths?.[locale]))) problems.push(`no ${locale} file of ${module}`);
    }
    // A page in a language we do not ship gets the default strings: they must be the Swedish ones.
    const defaultStrings = await assetText(strings.defaultPath);
    if (!defaultStrings || defaultStrings !== (await assetText(strings.paths?.['sv-SE']))) {
      problems.push(`the default strings of ${module} are not the Swedish ones`);
    }
  }

  for (const script of scripts) {
    console.log(`${script.name}\t${script.bytes} bytes\t${script.gzipBytes} gzipped${script.firstChunk ? '\t(first chunk)' : ''}`);
    if (script.firstChunk && script.gzipBytes > firstChunkBudgetBytes) {
      problems.push(`the first chunk is ${script.gzipBytes} bytes gzipped, over the budget of ${firstChunkBudgetBytes}`);
    }
  }
  if (!scripts.some((script) => script.firstChunk)) problems.push('no entry module in the manifest');
  const cardEntryScript = card?.loaderConfig?.scriptResources?.[card.loaderConfig.entryModuleId]?.path;
  const cardScript = scripts.find((script) => typeof cardEntryScript === 'string' && script.name.endsWith(`/${cardEntryScript}`));
  if (card && !cardScript) problems.push('the card\'s script is not in the package');
  if (cardScript) console.log(`the card: ${cardScript.bytes} bytes, ${cardScript.gzipBytes} gzipped`);
  console.log(`all scripts: ${scripts.reduce((sum, script) => sum + script.gzipBytes, 0)} bytes gzipped`);

  if (problems.length > 0) {
    console.error(`${packagePath} is incomplete:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`${packagePath}: web part ${manifest.alias} with hosts ${manifest.supportedHosts.join(', ')}; card ${card.alias} for the dashboard; locales ${requiredLocales.join(', ')} of ${locModules.join(', ')}; Teams icons present.`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
