// Administration's imports (the organisation, a year's goals), as one lazily loaded component:
// the dialog, the adapters and the domain's previews stay out of the Administration chunk until
// someone presses "Importera".

import * as React from 'react';
import type { Person, YearPicture } from '../../../domain/model';
import type { AdminOp, AdminResult, OrgUnitOp } from '../useAdminWrites';
import { useServices } from '../../services/services';
import { ImportDialog } from './ImportDialog';
import { goalsImport, organisationImport, type IAdminImportContext } from './importAdapters';
import type { ReadResult } from './readImportFile';
import type { ImportRunResult } from './runImport';

export type AdminImportKind = 'organisation' | 'goals';

export interface IAdminImportProps {
  kind: AdminImportKind;
  /** The workspace's picture as the latest save left it. */
  picture: () => YearPicture;
  year: number;
  user: Person;
  save: (op: AdminOp) => Promise<AdminResult>;
  saveUnits: (ops: readonly OrgUnitOp[]) => Promise<AdminResult[]>;
  onDone?: (result: ImportRunResult) => void;
  onClose: () => void;
  readFile?: (file: File) => Promise<ReadResult>;
}

export function AdminImport({ kind, picture, year, user, save, saveUnits, onDone, onClose, readFile }: IAdminImportProps): React.ReactElement {
  const { strings, locale, repository, today } = useServices();
  // Made once per dialog: the preview and the writes read the picture when they run.
  const [context] = React.useState<IAdminImportContext>(() => ({
    strings, locale, picture, year, user, save, saveUnits, resolvePeople: (logins) => repository.resolvePeople(logins), today
  }));
  const organisation = React.useMemo(() => (kind === 'organisation' ? organisationImport(context) : undefined), [kind, context]);
  const goals = React.useMemo(() => (kind === 'goals' ? goalsImport(context) : undefined), [kind, context]);
  return organisation !== undefined
    ? <ImportDialog adapter={organisation} onDone={onDone} onClose={onClose} readFile={readFile} />
    : <ImportDialog adapter={goals!} onDone={onDone} onClose={onClose} readFile={readFile} />;
}

export default AdminImport;
