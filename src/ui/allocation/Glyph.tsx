import * as React from 'react';

export type EditGlyphKind = 'add' | 'problem' | 'saving';

/**
 * Shapes for the editing cells, drawn inline like StatusGlyph (Teams does not always load the icon
 * font): a plus for "fördela", a triangle with a bar for "not saved", three dots for "saving".
 * Decorative: the words beside them say the same.
 */
export function EditGlyph({ kind, className }: { kind: EditGlyphKind; className?: string }): React.ReactElement {
  return (
    <svg className={className} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {kind === 'add' ? (
        <path d="M8 2.5v11M2.5 8h11" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      ) : kind === 'problem' ? (
        <>
          <path d="M8 1.8l6.6 12H1.4z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          <path d="M8 6v3.6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="11.8" r="1" fill="currentColor" />
        </>
      ) : (
        <>
          <circle cx="3" cy="8" r="1.5" fill="currentColor" />
          <circle cx="8" cy="8" r="1.5" fill="currentColor" />
          <circle cx="13" cy="8" r="1.5" fill="currentColor" />
        </>
      )}
    </svg>
  );
}
