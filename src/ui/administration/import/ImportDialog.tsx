// The import, in one dialog: a template to start from, the file, the preview (every row with
// what will happen and, beside an error, why), then "import the valid rows" with a progress bar
// and a stop; then, as a choice of its own, closing what the file lacks. What the file does to the lists is the adapter's (importAdapters.ts); this dialog
// only reads the file and shows the steps. Loaded on demand, with the reader of .xlsx files one
// step further.

import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import type { ImportPreview, PreviewRow } from '../../../domain/import/preview';
import { rowsToWrite } from '../../../domain/import/preview';
import { DialogShell } from '../../edit/DialogShell';
import type { INames } from '../../edit/names';
import { format } from '../../format';
import { useUniqueId } from '../../common/useUniqueId';
import { useEditingClassNames } from '../../common/workspaceStyles';
import { StatusGlyph, type GlyphKind } from '../../common/StatusGlyph';
import { useServices } from '../../services/services';
import { fateText, fileProblemText, rowProblemText, fieldName } from './importText';
import { ImportProgressBar } from './ImportProgressBar';
import { CloseMissing, type ICloseMissing } from './CloseMissing';
import { readImportFile, type ReadResult } from './readImportFile';
import type { ImportProgress, ImportRunOptions, ImportRunResult, RowOutcome } from './runImport';
import type { SheetRows } from '../../../domain/import/sheet';
import { ScrollRegion } from '../../common/ScrollRegion';

export interface IImportFile {
  label: string;
  make: () => Promise<void>;
}

/** What one kind of import does; made by importAdapters.ts for the organisation, goals and values. */
export interface IImportAdapter<P> {
  title: string;
  intro: string;
  /** Downloads: the template, and where there is one, what exists now in the same format. */
  files: readonly IImportFile[];
  /** May look people up first: it can take the network. */
  preview(rows: SheetRows): Promise<ImportPreview<P, unknown>>;
  /** A column's header in the user's language, for "the file lacks …". */
  columnName(field: string): string;
  /** What exists but the file lacks, in words; undefined when nothing. */
  missingText(preview: ImportPreview<P, unknown>): string | undefined;
  run(preview: ImportPreview<P, unknown>, options: ImportRunOptions): Promise<ImportRunResult>;
  /** Closing what the file lacks: never part of the import, a choice of its own (the organisation's units). */
  closeMissing?: ICloseMissing<P>;
  names: INames;
}

/** Rows fetched rather than read from a chosen file (Kolada): a problem comes worded. */
export type FetchedRows = { kind: 'read'; rows: SheetRows } | { kind: 'problem'; message: string };

/** Where rows come from when no file is chosen: fetched as the dialog opens, and again on the button. */
export interface IFetchSource {
  /** What the rows are named by beside the preview ("Kolada"). */
  name: string;
  /** The button that fetches again. */
  againText: string;
  /** Said while fetching. */
  fetchingText: string;
  fetch: () => Promise<FetchedRows>;
}

export interface IImportDialogProps<P> {
  adapter: IImportAdapter<P>;
  /** Rows fetched instead of a file chosen; the preview and the writes are the same. */
  fetchSource?: IFetchSource;
  /** After an import that saved something: the caller may announce it. */
  onDone?: (result: ImportRunResult) => void;
  onClose: () => void;
  /** Tests read files without the .xlsx chunk. */
  readFile?: (file: File) => Promise<ReadResult>;
}

type Phase =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'problem'; fileName: string; message: string }
  | { kind: 'preview'; fileName: string; preview: ImportPreview<unknown, unknown> }
  | { kind: 'running'; fileName: string; preview: ImportPreview<unknown, unknown>; progress: ImportProgress }
  | { kind: 'done'; fileName: string; preview: ImportPreview<unknown, unknown>; result: ImportRunResult };

const fateGlyph: Record<PreviewRow<unknown>['fate'], GlyphKind | undefined> = { new: 'allocated', changed: 'allocated', unchanged: undefined, error: 'warning' };

export function ImportDialog<P>({ adapter, onDone, onClose, readFile = readImportFile, fetchSource }: IImportDialogProps<P>): React.ReactElement {
  const { strings } = useServices();
  const classNames = useEditingClassNames();
  const inputId = useUniqueId('miljomal-import-file');
  const captionId = useUniqueId('miljomal-import-caption');
  const input = React.useRef<HTMLInputElement>(null);
  const [phase, setPhase] = React.useState<Phase>({ kind: 'choose' });
  const [stopping, setStopping] = React.useState(false);
  const stop = React.useRef(false);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => { mounted.current = false; stop.current = true; };
  }, []);

  const choose = async (file: File): Promise<void> => {
    setPhase({ kind: 'reading', fileName: file.name });
    const read = await readFile(file);
    if (!mounted.current) return;
    if (read.kind !== 'read') {
      setPhase({ kind: 'problem', fileName: file.name, message: read.kind === 'unsupported' ? strings.ImportUnsupportedFile : strings.ImportReadFailed });
      return;
    }
    const preview = await adapter.preview(read.rows);
    if (mounted.current) setPhase({ kind: 'preview', fileName: file.name, preview });
  };

  const fetchRows = async (source: IFetchSource): Promise<void> => {
    setPhase({ kind: 'reading', fileName: source.name });
    const fetched = await source.fetch();
    if (!mounted.current) return;
    if (fetched.kind !== 'read') {
      setPhase({ kind: 'problem', fileName: source.name, message: fetched.message });
      return;
    }
    const preview = await adapter.preview(fetched.rows);
    if (mounted.current) setPhase({ kind: 'preview', fileName: source.name, preview });
  };
  React.useEffect(() => {
    if (fetchSource !== undefined) fetchRows(fetchSource).catch(() => undefined);
  }, []);

  const start = async (fileName: string, preview: ImportPreview<P, unknown>): Promise<void> => {
    stop.current = false;
    setStopping(false);
    setPhase({ kind: 'running', fileName, preview, progress: { done: 0, failed: 0, total: rowsToWrite(preview).length } });
    const result = await adapter.run(preview, {
      stop: () => stop.current,
      onProgress: (progress) => { if (mounted.current) setPhase({ kind: 'running', fileName, preview, progress }); }
    });
    if (!mounted.current) return;
    setPhase({ kind: 'done', fileName, preview, result });
    onDone?.(result);
  };

  const running = phase.kind === 'running';
  const preview = 'preview' in phase ? phase.preview as ImportPreview<P, unknown> : undefined;
  const writable = preview === undefined ? 0 : rowsToWrite(preview).length;
  const confirm = phase.kind === 'preview' && preview !== undefined && preview.fileProblems.length === 0
    ? { text: format(strings.ImportConfirm, writable), disabled: writable === 0, onClick: () => { start(phase.fileName, preview).catch(() => undefined); } }
    : undefined;
  const outcomes = phase.kind === 'done' ? phase.result.outcomes : undefined;

  return (
    <DialogShell title={adapter.title} onDismiss={running ? undefined : onClose} maxWidth={960} confirm={confirm}
      dismissText={phase.kind === 'done' || confirm === undefined ? strings.EditClose : strings.EditCancel} dismissDisabled={running}>
      <Stack tokens={{ childrenGap: 12 }}>
        <p className={classNames.text}>{adapter.intro}</p>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          {adapter.files.map((file) => (
            <DefaultButton key={file.label} text={file.label} disabled={running} onClick={() => { file.make().catch(() => undefined); }} />
          ))}
        </Stack>
        {fetchSource !== undefined ? (
          <div>
            <DefaultButton text={fetchSource.againText} disabled={running || phase.kind === 'reading'} onClick={() => { fetchRows(fetchSource).catch(() => undefined); }} />
          </div>
        ) : (
        <div>
          {/* The native input does the choosing; the button is its keyboard- and screen-reader-friendly face. */}
          <input id={inputId} ref={input} type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={strings.ImportChooseFile} tabIndex={-1} style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file !== undefined) choose(file).catch(() => undefined);
            }} />
          <DefaultButton text={strings.ImportChooseFile} iconProps={undefined} disabled={running || phase.kind === 'reading'}
            onClick={() => input.current?.click()} />
          {'fileName' in phase ? <span className={classNames.subtle} style={{ marginLeft: 8 }}>{format(strings.ImportFileChosen, phase.fileName)}</span> : null}
        </div>
        )}
        {phase.kind === 'reading' ? <Spinner size={SpinnerSize.small} label={fetchSource?.fetchingText ?? strings.ImportReading} labelPosition="right" /> : null}
        {phase.kind === 'problem' ? <MessageBar messageBarType={MessageBarType.error} isMultiline>{phase.message}</MessageBar> : null}
        {preview !== undefined && preview.fileProblems.length > 0 ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {preview.fileProblems.map((problem) => fileProblemText(problem, strings, adapter.columnName)).join(' ')}
          </MessageBar>
        ) : null}
        {preview !== undefined && preview.fileProblems.length === 0 ? (
          <>
            <p className={classNames.text} role="status">
              <strong>{format(strings.ImportCounts, preview.counts.new, preview.counts.changed, preview.counts.unchanged, preview.counts.error)}</strong>
            </p>
            {preview.unknownColumns.length > 0 ? <p className={classNames.subtle}>{format(strings.ImportUnknownColumns, preview.unknownColumns.join(', '))}</p> : null}
            {adapter.missingText(preview) === undefined ? null : <MessageBar messageBarType={MessageBarType.info} isMultiline>{adapter.missingText(preview)}</MessageBar>}
            {phase.kind === 'preview' && writable === 0 && preview.counts.error === 0 ? <MessageBar messageBarType={MessageBarType.success}>{strings.ImportNothingToDo}</MessageBar> : null}
          </>
        ) : null}
        {adapter.closeMissing !== undefined && preview !== undefined && (phase.kind === 'preview' || phase.kind === 'done') ? (
          <CloseMissing preview={preview} closeMissing={adapter.closeMissing} key={phase.fileName} />
        ) : null}
        {phase.kind === 'running' ? (
          <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 12 }}>
            <Stack.Item grow>
              <ImportProgressBar label={strings.ImportProgressLabel} done={phase.progress.done} total={phase.progress.total}
                description={stopping ? strings.ImportStopping : format(strings.ImportProgress, phase.progress.done, phase.progress.total)} />
            </Stack.Item>
            <DefaultButton text={strings.ImportStop} disabled={stopping} onClick={() => { stop.current = true; setStopping(true); }} />
          </Stack>
        ) : null}
        {phase.kind === 'done' ? (
          <MessageBar messageBarType={phase.result.failed + phase.result.notStarted > 0 ? MessageBarType.warning : MessageBarType.success} isMultiline>
            {format(strings.ImportDone, phase.result.saved, phase.result.failed, phase.result.notStarted)}
            {phase.result.failed + phase.result.notStarted > 0 ? ` ${strings.ImportResume}` : ''}
          </MessageBar>
        ) : null}
        {preview !== undefined && preview.rows.length > 0 ? (
          <ScrollRegion labelledBy={captionId} style={{ maxHeight: 360, overflowY: 'auto' }}>
            <table className={classNames.wideTable}>
              <caption id={captionId} className={classNames.caption}>{strings.ImportPreviewCaption}</caption>
              <thead>
                <tr>
                  <th scope="col" className={classNames.th}>{strings.ImportColumnRow}</th>
                  <th scope="col" className={classNames.th}>{strings.ImportColumnItem}</th>
                  <th scope="col" className={classNames.th}>{strings.ImportColumnFate}</th>
                  <th scope="col" className={classNames.th}>{strings.ImportColumnDetails}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <PreviewTableRow key={row.rowNumber} row={row} outcome={outcomes?.get(row.rowNumber)} names={adapter.names} />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ) : null}
      </Stack>
    </DialogShell>
  );
}

interface IPreviewTableRowProps {
  row: PreviewRow<unknown>;
  outcome: RowOutcome | undefined;
  names: INames;
}

/** One row of the file; drawn again only when its outcome comes (a file may have a thousand). */
const PreviewTableRow = React.memo(function PreviewTableRow({ row, outcome, names }: IPreviewTableRowProps): React.ReactElement {
  const { strings, locale } = useServices();
  const classNames = useEditingClassNames();
  const glyph = fateGlyph[row.fate];
  const details = row.problems.length > 0
    ? row.problems.map((problem) => rowProblemText(problem, strings, names, locale)).join(' ')
    : row.changes.length > 0 ? format(strings.ImportChanges, row.changes.map((field) => fieldName(field, strings)).join(', ')) : '';
  return (
    <tr>
      <td className={classNames.td}>{row.rowNumber}</td>
      <th scope="row" className={classNames.rowHeader}>{row.label}</th>
      <td className={classNames.td}>
        <span className={classNames.cellWords}>
          {glyph === undefined ? null : <StatusGlyph kind={glyph} className={classNames.glyph} />}
          {fateText(row.fate, strings)}
        </span>
        {outcome === undefined ? null : (
          <span className={classNames.cellDetail}>
            {outcome.kind === 'saved' ? strings.ImportRowSaved : outcome.kind === 'failed' ? outcome.message : strings.ImportRowNotStarted}
          </span>
        )}
      </td>
      <td className={classNames.td}>{details}</td>
    </tr>
  );
});
