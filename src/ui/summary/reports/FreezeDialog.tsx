// "Fastställ rapport": the strategist's own paragraphs (and for a correction, why), then the report
// is frozen from the summary on the page and handed to SharePoint, which locks it. A refusal or a
// failure keeps what was typed in the dialog.
import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import type { YearPicture } from '../../../domain/model';
import { freezeLimits, freezeProblems, freezeReport, type FreezeProblem, type FrozenReport } from '../../../domain/report/frozenReport';
import type { CoverageSummary } from '../../../domain/summary/coverageTypes';
import type { CurrentUser } from '../../../ports';
import { LightMessageBar, MessageBarType } from '../../common/light/LightMessageBar';
import { periodName } from '../../common/summaryText';
import { formatCount, joinList } from '../../common/text';
import { useReadiness } from '../../common/useReadiness';
import { departmentReadiness } from '../../../domain/readiness/readinessReport';
import { DialogShell } from '../../edit/DialogShell';
import { failedText, forbiddenText } from '../../edit/refusalText';
import { format } from '../../format';
import { useServices } from '../../services/services';
import { useSummaryClassNames } from '../../common/useSummaryClassNames';
import { readPictureTexts } from '../../common/summaryTexts';

export interface IFreezeDialogProps {
  summary: CoverageSummary;
  picture: YearPicture;
  version: number;
  /** The period has a report of this förvaltning already: this one corrects it, and says why. */
  correction: boolean;
  user: CurrentUser;
  onDismiss: () => void;
  onFrozen: (report: FrozenReport) => void;
  /** Someone fastställde this version first: the archive is to be read again. */
  onConflict: (version: number) => void;
}

export function FreezeDialog({ summary, picture, version, correction, user, onDismiss, onFrozen, onConflict }: IFreezeDialogProps): React.ReactElement {
  const { repository, strings, locale, now } = useServices();
  const classNames = useSummaryClassNames();
  const [analysis, setAnalysis] = React.useState('');
  const [reason, setReason] = React.useState('');
  const [problems, setProblems] = React.useState<FreezeProblem[]>([]);
  const [saving, setSaving] = React.useState(false);
  const [failure, setFailure] = React.useState<{ text: string; details?: string } | undefined>(undefined);
  const period = periodName(summary.period, strings);
  // Who stands behind the figures: the departments not marked ready are named and the staff asked
  // once more; it does not block (the report keeps who was ready).
  const { events, loaded: readinessRead } = useReadiness(summary.year);
  const readiness = React.useMemo(() => departmentReadiness(summary, events), [summary, events]);
  const notReady = readiness.filter((row) => !row.ready).map((row) => row.name);
  const [warned, setWarned] = React.useState(false);

  const tooLong = (text: string, max: number): string =>
    format(strings.ReportTooLong, formatCount(max, locale), formatCount(text.trim().length, locale));

  const confirm = async (): Promise<void> => {
    const found = freezeProblems({ summary, correction, analysis, correctionReason: correction ? reason : undefined });
    setProblems(found);
    setFailure(undefined);
    if (found.length > 0) return;
    if (notReady.length > 0 && !warned) {
      setWarned(true);
      return;
    }
    setSaving(true);
    // The report names the activities without a follow-up by their titles, which the summary's year leaves out.
    let named: YearPicture;
    try {
      const activityIds = summary.gaps.flatMap((gap) => (gap.code === 'activityWithoutFollowUp' ? [gap.activityId] : []));
      named = await readPictureTexts(repository, picture, { activityIds, followUpIds: [] });
    } catch (error) {
      setSaving(false);
      setFailure({ text: strings.ReportNamesFailed, details: error instanceof Error ? error.message : undefined });
      return;
    }
    const draft = freezeReport({
      summary, picture: named, version, analysis, correctionReason: correction ? reason : undefined, frozenBy: user.person, frozenAt: now().toISOString(),
      ...(readinessRead ? { readiness } : {})
    });
    const outcome = await repository.freezeReport(draft);
    setSaving(false);
    switch (outcome.kind) {
      case 'saved': onFrozen(outcome.value); return;
      case 'conflict': onConflict(outcome.current.version); return;
      case 'forbidden': setFailure({ text: forbiddenText(outcome.action, strings) }); return;
      case 'gone': setFailure({ text: failedText('rejected', strings) }); return;
      case 'failed': setFailure({ text: failedText(outcome.cause, strings), details: outcome.message }); return;
    }
  };

  return (
    <DialogShell
      title={format(strings.ReportFreezeTitle, period, version)}
      onDismiss={saving ? undefined : onDismiss}
      dismissDisabled={saving}
      confirm={{ text: saving ? strings.ReportFreezing : warned && notReady.length > 0 ? strings.ReportConfirmAnyway : strings.ReportConfirm, onClick: () => { confirm().catch(() => setSaving(false)); }, disabled: saving }}
      maxWidth={640}
    >
      <p className={classNames.subtle}>{strings.ReportFreezeIntro}</p>
      <p className={classNames.subtle}>{format(strings.ReportFreezeShown, period)}</p>
      {warned && notReady.length > 0 ? (
        <LightMessageBar messageBarType={MessageBarType.warning}>
          {format(strings.ReportNotReadyWarning, period, joinList(notReady, strings.ListAnd))}
        </LightMessageBar>
      ) : null}
      {problems.includes('noGoals') ? <LightMessageBar messageBarType={MessageBarType.warning}>{strings.ReportNoGoals}</LightMessageBar> : null}
      {correction ? (
        <TextField
          label={strings.ReportReasonLabel}
          required
          multiline
          rows={2}
          value={reason}
          disabled={saving}
          onChange={(_event, value) => setReason(value ?? '')}
          errorMessage={problems.includes('reasonRequired') ? strings.ReportReasonRequired
            : problems.includes('reasonTooLong') ? tooLong(reason, freezeLimits.correctionReason) : undefined}
        />
      ) : null}
      <TextField
        label={strings.ReportAnalysisLabel}
        description={strings.ReportAnalysisHint}
        multiline
        rows={6}
        value={analysis}
        disabled={saving}
        onChange={(_event, value) => setAnalysis(value ?? '')}
        errorMessage={problems.includes('analysisTooLong') ? tooLong(analysis, freezeLimits.analysis) : undefined}
      />
      {/* An error message bar is an alert: read out as it appears. */}
      {failure === undefined ? null : (
        <LightMessageBar messageBarType={MessageBarType.error}>
          {failure.text}{failure.details === undefined ? null : <> <span className={classNames.subtle}>{failure.details}</span></>}
        </LightMessageBar>
      )}
    </DialogShell>
  );
}
