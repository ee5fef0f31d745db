// Units the file lacks are never closed by the import: this asks first, names how many and from
// when, then closes them through the same save path and says which could not be (a rule, a
// conflict) beside the count. One step in place of a visit to each unit in the organisation list.

import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import type { ImportPreview } from '../../../domain/import/preview';
import { useServices } from '../../services/services';
import { format } from '../../format';
import type { ImportRunResult } from './runImport';

type Step = { kind: 'offered' } | { kind: 'asking' } | { kind: 'closing' } | { kind: 'done'; result: ImportRunResult };

export interface ICloseMissing<P> {
  count(preview: ImportPreview<P, unknown>): number;
  /** Outcomes keyed by the closed item's id. */
  run(preview: ImportPreview<P, unknown>): Promise<ImportRunResult>;
}

export interface ICloseMissingProps<P> {
  preview: ImportPreview<P, unknown>;
  closeMissing: ICloseMissing<P>;
}

export function CloseMissing<P>({ preview, closeMissing }: ICloseMissingProps<P>): React.ReactElement | null {
  const { strings } = useServices();
  const [step, setStep] = React.useState<Step>({ kind: 'offered' });
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);
  const count = closeMissing.count(preview);
  const confirmRef = React.useRef<HTMLElement>(null);
  React.useEffect(() => { if (step.kind === 'asking') confirmRef.current?.focus(); }, [step.kind]);
  if (count === 0 && step.kind !== 'done') return null;

  const close = async (): Promise<void> => {
    setStep({ kind: 'closing' });
    const result = await closeMissing.run(preview);
    if (mounted.current) setStep({ kind: 'done', result });
  };

  switch (step.kind) {
    case 'offered':
      return <div><DefaultButton text={format(strings.ImportCloseMissing, count)} onClick={() => setStep({ kind: 'asking' })} /></div>;
    case 'asking':
      return (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline
          actions={(
            <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
              <PrimaryButton elementRef={confirmRef} text={format(strings.ImportCloseMissingConfirm, count)} onClick={() => { close().catch(() => undefined); }} />
              <DefaultButton text={strings.EditCancel} onClick={() => setStep({ kind: 'offered' })} />
            </Stack>
          )}>
          {format(strings.ImportCloseMissingQuestion, count)}
        </MessageBar>
      );
    case 'closing':
      return <Spinner size={SpinnerSize.small} label={format(strings.ImportClosingMissing, count)} labelPosition="right" />;
    case 'done': {
      const reasons = Array.from(new Set(Array.from(step.result.outcomes.values()).flatMap((outcome) => (outcome.kind === 'failed' && outcome.message !== '' ? [outcome.message] : []))));
      return (
        <MessageBar messageBarType={step.result.failed > 0 ? MessageBarType.warning : MessageBarType.success} isMultiline>
          {format(strings.ImportClosedMissing, step.result.saved, step.result.failed)}
          {reasons.length > 0 ? ` ${reasons.join(' ')}` : ''}
        </MessageBar>
      );
    }
  }
}
