// The indicators view's import of values, lazily loaded like Administration's: the dialog with
// the values' adapter, saving each value as the grid does.

import * as React from 'react';
import type { YearWorkspace } from '../../common/useYearWorkspace';
import { useWriteBook } from '../../edit/useWriteBook';
import { saveIndicatorValue } from '../../edit/saveIndicatorValue';
import { useServices } from '../../services/services';
import { ImportDialog } from './ImportDialog';
import { valuesImport, type IValuesImportContext } from './importAdapters';
import type { ReadResult } from './readImportFile';
import type { ImportRunResult } from './runImport';
import { koladaImport } from './koladaImport';

export interface IValuesImportProps {
  workspace: YearWorkspace;
  update: (change: (workspace: YearWorkspace) => YearWorkspace) => void;
  onDone?: (result: ImportRunResult) => void;
  onClose: () => void;
  readFile?: (file: File) => Promise<ReadResult>;
}

export function ValuesImport({ workspace, update, onDone, onClose, readFile }: IValuesImportProps): React.ReactElement {
  const { strings, locale, repository, today } = useServices();
  const book = useWriteBook<never>({ workspace, update, onProblem: () => undefined });
  // Made once per dialog: the preview and the writes read the workspace as the last save left it.
  const [context] = React.useState<IValuesImportContext>(() => ({
    strings, locale, year: workspace.year, today,
    picture: () => book.latest.current.picture,
    save: (value) => saveIndicatorValue(book, repository, value)
  }));
  const adapter = React.useMemo(() => valuesImport(context), [context]);
  return <ImportDialog adapter={adapter} onDone={onDone} onClose={onClose} readFile={readFile} />;
}

export interface IKoladaValuesImportProps {
  workspace: YearWorkspace;
  update: (change: (workspace: YearWorkspace) => YearWorkspace) => void;
  onDone?: (result: ImportRunResult) => void;
  onClose: () => void;
}

/**
 * "Hämta från Kolada": the linked indicators' figures fetched from Kolada, then the values import's
 * own preview and writes, as a file of Kolada's would go.
 */
export function KoladaValuesImport({ workspace, update, onDone, onClose }: IKoladaValuesImportProps): React.ReactElement | null {
  const { strings, locale, repository, today, kolada } = useServices();
  const book = useWriteBook<never>({ workspace, update, onProblem: () => undefined });
  const [context] = React.useState<IValuesImportContext>(() => ({
    strings, locale, year: workspace.year, today,
    picture: () => book.latest.current.picture,
    save: (value) => saveIndicatorValue(book, repository, value)
  }));
  const fetched = React.useMemo(() => (kolada === undefined ? undefined : koladaImport(context, kolada)), [context, kolada]);
  if (fetched === undefined) return null;
  return <ImportDialog adapter={fetched.adapter} fetchSource={fetched.source} onDone={onDone} onClose={onClose} />;
}
