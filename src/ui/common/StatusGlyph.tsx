import * as React from 'react';

export type GlyphKind = 'allocated' | 'missing' | 'warning';

/**
 * Drawn inline rather than from the icon font, which Teams does not always load. The shapes differ
 * (a tick, an open ring with a dash, a triangle with an exclamation mark) so the meaning never rests on colour; `currentColor` follows
 * the theme and high-contrast mode. Decorative: the text beside it says the same.
 */
export function StatusGlyph({ kind, className }: { kind: GlyphKind; className?: string }): React.ReactElement {
  return (
    <svg className={className} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {kind === 'allocated' ? (
        <path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      ) : kind === 'warning' ? (
        <>
          <path d="M8 1.75l6.5 12H1.5z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          <path d="M8 6v3.5M8 11.5v.5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </>
      ) : (
        <>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M5 8h6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
