import * as React from 'react';
import { css } from '@fluentui/react/lib/Utilities';
import { useEditClassNames } from './editStyles';

export interface IPlainTextProps {
  text: string;
  /** The element to render; a div by default. */
  as?: 'div' | 'p' | 'span' | 'blockquote';
  className?: string;
  id?: string;
  lang?: string;
}

/**
 * Multi-line text a user typed (descriptions, comments, notes), shown exactly as typed: line breaks
 * kept (white-space: pre-wrap), and anything that looks like HTML or script shown as characters.
 * React escapes the text; this component never uses dangerouslySetInnerHTML.
 */
export function PlainText({ text, as = 'div', className, id, lang }: IPlainTextProps): React.ReactElement {
  const classNames = useEditClassNames();
  return React.createElement(as, { className: css(classNames.plainText, className), id, lang }, text);
}
