// Input limits, from what SharePoint list columns can store.

/** A single line of text column holds at most 255 characters. */
export const maxSingleLineLength = 255;

/** A multiple lines of text column holds at most 63,999 characters. */
export const maxMultiLineLength = 63999;

/** A sane range for goal years; outside it a year is a typing mistake. */
export const minYear = 2000;
export const maxYear = 2100;
