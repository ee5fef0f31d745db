import * as React from 'react';
import { useEditClassNames } from './editStyles';

/**
 * A validation message under a control that has no errorMessage of its own (a radio group, a
 * group of fields): give the control aria-describedby={id}. Announced when it appears.
 */
export function FieldError({ id, text }: { id: string; text: string | undefined }): React.ReactElement | null {
  const classNames = useEditClassNames();
  if (text === undefined || text === '') return null;
  return <p id={id} role="alert" className={classNames.fieldError}>{text}</p>;
}
