// `npm run guide:images`: copies the journeys' screenshots that the role guides show (desktop,
// Swedish) from screenshots/ into docs/guide/bilder/, under the names the guides link to. Run the
// journeys first (`npm test -- journeys`); a missing screenshot stops the copy and names it.
import { copyFileSync, existsSync, mkdirSync } from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');
const screenshots = path.join(root, 'screenshots');
const images = path.join(root, 'docs', 'guide', 'bilder');

/** Guide image ← the journey step it is (journey-<role>-1400-sv-SE-<nn>-<step>.png). */
export const guideImages: Readonly<Record<string, string>> = {
  'regionstaben-sammanstallning.png': 'journey-regionstaben-1400-sv-SE-01-sammanstallning.png',
  'regionstaben-paminn.png': 'journey-regionstaben-1400-sv-SE-03-paminn.png',
  'regionstaben-faststall-rapport.png': 'journey-regionstaben-1400-sv-SE-06-faststall-rapport.png',
  'avdelningschef-fordelning.png': 'journey-avdelningschef-1400-sv-SE-01-fordelning.png',
  'avdelningschef-fordelat-i-samrad.png': 'journey-avdelningschef-1400-sv-SE-02-fordelat-i-samrad.png',
  'avdelningschef-uppfoljning-per-enhet.png': 'journey-avdelningschef-1400-sv-SE-03-uppfoljning-per-enhet.png',
  'enhetschef-min-enhet.png': 'journey-enhetschef-1400-sv-SE-01-min-enhet.png',
  'enhetschef-ny-aktivitet.png': 'journey-enhetschef-1400-sv-SE-02-ny-aktivitet.png',
  'enhetschef-uppfoljd.png': 'journey-enhetschef-1400-sv-SE-03-uppfoljd.png',
  'lasare-en-avdelning.png': 'journey-lasare-1400-sv-SE-02-en-avdelning.png',
  'lasare-sammanstallning.png': 'journey-lasare-1400-sv-SE-01-sammanstallning.png',
  'lasare-kopierad.png': 'journey-lasare-1400-sv-SE-04-kopierad.png'
};

function main(): void {
  const missing = Object.values(guideImages).filter((shot) => !existsSync(path.join(screenshots, shot)));
  if (missing.length > 0) {
    console.error(`Missing in screenshots/ (run the journeys first: npm test -- journeys):\n  ${missing.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(images, { recursive: true });
  for (const [image, shot] of Object.entries(guideImages)) copyFileSync(path.join(screenshots, shot), path.join(images, image));
  console.log(`Copied ${Object.keys(guideImages).length} images into docs/guide/bilder/.`);
}

if (require.main === module) main();
