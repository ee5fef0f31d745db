import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { canEditIndicators } from '../../domain/indicators/indicatorRules';
import { format } from '../format';
import { LiveRegion, useAnnouncement } from '../common/LiveRegion';
import { useUniqueId } from '../common/useUniqueId';
import { WorkspaceFrame, type IReadyWorkspace } from '../common/WorkspaceFrame';
import { useServices } from '../services/services';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorOverview } from './IndicatorOverview';
import { useIndicatorClassNames } from './indicatorStyles';
import { ValuesGrid } from './ValuesGrid';
import { indicatorsInGoalOrder } from '../../domain/report/indicatorText';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { LoadingState } from '../common/LoadingState';
import { LazyValuesImport } from '../import/lazyImport';

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
  const { strings } = useServices();
  const classNames = useIndicatorClassNames();
  const { workspace, update } = ready;
  const { picture } = workspace;
  const indicators = React.useMemo(() => indicatorsInGoalOrder(picture), [picture]);
  const goals = React.useMemo(() => new Map(picture.goals.map((goal) => [goal.id, goal])), [picture.goals]);
  const ruleId = useUniqueId('miljomal-indicator-rule');
  const [importing, setImporting] = React.useState(false);
  if (indicators.length === 0) {
    return <MessageBar messageBarType={MessageBarType.info} isMultiline>{format(strings.IndNone, workspace.year)}</MessageBar>;
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
          <IndicatorCard key={indicator.id} goal={goals.get(indicator.goalId)} indicator={indicator} values={picture.indicatorValues} />
        ))}
      </div>
      {canEditIndicators(workspace.actor).ok ? (
        <>
          <ValuesGrid workspace={workspace} update={update} indicators={indicators} announce={announce} />
          <div className={classNames.toolbar}>
            <DefaultButton text={strings.ImportValues} onClick={() => setImporting(true)} />
          </div>
          {importing ? (
            <React.Suspense fallback={<LoadingState label={strings.IndLoading} />}>
              <LazyValuesImport workspace={workspace} update={update} onClose={() => setImporting(false)}
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
