import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { canEditIndicators } from '../../domain/indicators/indicatorRules';
import { format } from '../format';
import { LiveRegion, useAnnouncement } from '../common/LiveRegion';
import { useUniqueId } from '../common/useUniqueId';
import { WorkspaceFrame, type IReadyWorkspace } from '../common/WorkspaceFrame';
import { useServices } from '../services/services';
import { IndicatorCard } from '../common/IndicatorCard';
import { IndicatorOverview } from './IndicatorOverview';
import { useIndicatorClassNames } from '../common/indicatorStyles';
import { ValuesGrid } from './ValuesGrid';
import { indicatorsInGoalOrder } from '../../domain/report/indicatorText';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { LoadingState } from '../common/LoadingState';
import { LazyKoladaValuesImport, LazyValuesImport } from '../lazyImport';
import { knownPeople } from '../edit/people';
import { IndicatorDialog } from './IndicatorDialog';

/** Which indicator the dialog edits: an existing one by id, or a new one of a goal. */
type Editing = { indicatorId?: number; goalId: number };

/**
 * Indikatorer: how the year's goals are measured, for everyone; the regional staff also enter and
 * correct a year's values in one grid. The status rule is stated on the page, beside the statuses.
 */
export function IndicatorsView(): React.ReactElement {
  const { strings } = useServices();
  const classNames = useIndicatorClassNames();
  // Above the loaded year, so a confirmation outlives opening another year.
  const [announcement, announce] = useAnnouncement();
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <LiveRegion announcement={announcement} visible className={classNames.subtle} />
      <WorkspaceFrame loadingLabel={strings.IndLoading} errorTitle={strings.IndErrorTitle}>
        {(ready) => <IndicatorsContent ready={ready} announce={announce} />}
      </WorkspaceFrame>
    </Stack>
  );
}

function IndicatorsContent({ ready, announce }: { ready: IReadyWorkspace; announce: (message: string) => void }): React.ReactElement {
  const { strings, kolada } = useServices();
  const classNames = useIndicatorClassNames();
  const { workspace, update } = ready;
  const { picture } = workspace;
  const indicators = React.useMemo(() => indicatorsInGoalOrder(picture), [picture]);
  const goals = React.useMemo(() => new Map(picture.goals.map((goal) => [goal.id, goal])), [picture.goals]);
  const ruleId = useUniqueId('miljomal-indicator-rule');
  const [importing, setImporting] = React.useState<'file' | 'kolada' | undefined>(undefined);
  const anyLinked = kolada !== undefined && indicators.some((indicator) => indicator.koladaKpi !== undefined && indicator.koladaOrgId !== undefined);
  const [editing, setEditing] = React.useState<Editing | undefined>(undefined);
  const canEdit = canEditIndicators(workspace.actor).ok;
  const firstGoal = picture.goals.find((goal) => goal.year === workspace.year && goal.retired !== true);
  const people = React.useMemo(() => knownPeople(picture, [workspace.actor.person]), [picture, workspace.actor.person]);
  const addButton = canEdit && firstGoal !== undefined ? (
    <div className={classNames.toolbar}>
      <DefaultButton text={strings.IndAdd} onClick={() => setEditing({ goalId: firstGoal.id })} />
    </div>
  ) : null;
  const dialog = editing === undefined ? null : (
    <IndicatorDialog workspace={workspace} update={update} indicatorId={editing.indicatorId} goalId={editing.goalId} people={people}
      onSaved={announce} onClose={() => setEditing(undefined)} />
  );
  if (indicators.length === 0) {
    return (
      <Stack tokens={{ childrenGap: 16 }}>
        <MessageBar messageBarType={MessageBarType.info} isMultiline>{format(strings.IndNone, workspace.year)}</MessageBar>
        {addButton}
        {dialog}
      </Stack>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <p className={classNames.text}>{strings.IndIntro}</p>
      <section className={classNames.section} aria-labelledby={ruleId}>
        <h3 id={ruleId} className={classNames.subheading}>{strings.IndRuleHeading}</h3>
        <p className={classNames.text}>{strings.IndRule}</p>
      </section>
      <IndicatorOverview year={workspace.year} goals={goals} indicators={indicators} values={picture.indicatorValues} />
      <div className={classNames.cards}>
        {indicators.map((indicator) => (
          <IndicatorCard key={indicator.id} goal={goals.get(indicator.goalId)} indicator={indicator} values={picture.indicatorValues}
            onEdit={canEdit ? () => setEditing({ indicatorId: indicator.id, goalId: indicator.goalId }) : undefined} />
        ))}
      </div>
      {addButton}
      {dialog}
      {canEdit ? (
        <>
          <ValuesGrid workspace={workspace} update={update} indicators={indicators} announce={announce} />
          <div className={classNames.toolbar}>
            <DefaultButton text={strings.ImportValues} onClick={() => setImporting('file')} />
            {anyLinked ? <DefaultButton text={strings.KoladaFetch} onClick={() => setImporting('kolada')} /> : null}
          </div>
          {importing === 'file' ? (
            <React.Suspense fallback={<LoadingState label={strings.IndLoading} />}>
              <LazyValuesImport workspace={workspace} update={update} onClose={() => setImporting(undefined)}
                onDone={(result) => announce(format(strings.ImportAnnounceDone, result.saved, result.failed))} />
            </React.Suspense>
          ) : null}
          {importing === 'kolada' ? (
            <React.Suspense fallback={<LoadingState label={strings.IndLoading} />}>
              <LazyKoladaValuesImport workspace={workspace} update={update} onClose={() => setImporting(undefined)}
                onDone={(result) => announce(format(strings.ImportAnnounceDone, result.saved, result.failed))} />
            </React.Suspense>
          ) : null}
        </>
      ) : (
        <p className={classNames.subtle}>{strings.IndGridNotAllowed}</p>
      )}
    </Stack>
  );
}
