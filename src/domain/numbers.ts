// Numbers as people type them, for every form and import that reads one (indicators' values and
// baselines, an activity's cost): one parser, so "1 240,5" means the same everywhere.

/**
 * A decimal number written with a comma or a point, spaces (also no-break spaces) between groups of
 * digits and a minus sign of either kind; undefined for anything else (including a blank).
 */
export function parseDecimal(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (!/^-?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return undefined;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}
