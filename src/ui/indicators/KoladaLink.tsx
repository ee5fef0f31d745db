// The indicator dialog's link to Kolada: a key figure and the organisation it is measured for,
// each chosen from Kolada's own list, searched by title. The search runs on its button (or Enter
// in its field, which would otherwise save the dialog); the hits are radio buttons, so the
// keyboard and a screen reader reach them as any choice; how many there are is said politely.
import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import type { KoladaAnswer } from '../../ports';
import { format } from '../format';
import { koladaFailureText } from '../common/koladaText';
import { useUniqueId } from '../common/useUniqueId';
import { useIndicatorClassNames } from '../common/indicatorStyles';
import { useServices } from '../services/services';

export interface IKoladaLinkValue {
  koladaKpi?: string;
  /** Known once chosen in this dialog (kept in its draft); the id alone otherwise. */
  koladaKpiTitle?: string;
  koladaOrgId?: string;
  koladaOrgName?: string;
}

export interface IKoladaLinkProps {
  value: IKoladaLinkValue;
  onChange: (patch: IKoladaLinkValue) => void;
  disabled?: boolean;
  /** The rule's refusal, worded. */
  errorMessage?: string;
  /** Focused when the rule refuses the link. */
  id: string;
}

interface IHit {
  key: string;
  text: string;
  name: string;
}

const shownHits = 20;

type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'failed'; message: string }
  | { kind: 'found'; hits: readonly IHit[]; total: number };

function KoladaSearch(props: {
  label: string;
  buttonText: string;
  resultsLabel: string;
  selectedKey: string | undefined;
  search: (words: string) => Promise<KoladaAnswer<readonly IHit[]>>;
  onChoose: (hit: IHit) => void;
  disabled?: boolean;
  inputId?: string;
}): React.ReactElement {
  const { strings } = useServices();
  const classNames = useIndicatorClassNames();
  const [words, setWords] = React.useState('');
  const [state, setState] = React.useState<SearchState>({ kind: 'idle' });
  const [tooShort, setTooShort] = React.useState(false);
  const asked = React.useRef(0);
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);
  const run = (): void => {
    if (words.trim().length < 2) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    const ask = asked.current + 1;
    asked.current = ask;
    setState({ kind: 'searching' });
    props.search(words).then((answer) => {
      if (!mounted.current || asked.current !== ask) return;
      setState(answer.kind === 'ok'
        ? { kind: 'found', hits: answer.value.slice(0, shownHits), total: answer.value.length }
        : { kind: 'failed', message: koladaFailureText(answer.cause, strings) });
    }, () => undefined);
  };
  const status = state.kind === 'searching' ? strings.KoladaSearching
    : state.kind === 'found' ? (state.total === 0 ? strings.KoladaNoHits
      : state.total > state.hits.length ? format(strings.KoladaHitsShown, state.total, state.hits.length) : format(strings.KoladaHits, state.total))
    : '';
  const options: IChoiceGroupOption[] = state.kind === 'found' ? state.hits.map((hit) => ({ key: hit.key, text: hit.text })) : [];
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <Stack.Item grow styles={{ root: { minWidth: 200 } }}>
          <TextField id={props.inputId} label={props.label} value={words} disabled={props.disabled} type="search"
            errorMessage={tooShort ? strings.KoladaTypeToSearch : undefined}
            onChange={(_event, text) => setWords(text ?? '')}
            onKeyDown={(event) => {
              // Enter searches here: in the dialog's form it would save the indicator.
              if (event.key === 'Enter') {
                event.preventDefault();
                run();
              }
            }} />
        </Stack.Item>
        <DefaultButton text={props.buttonText} onClick={run} disabled={props.disabled || state.kind === 'searching'} />
      </Stack>
      <div role="status" className={classNames.subtle}>{status}</div>
      {state.kind === 'failed' ? <MessageBar messageBarType={MessageBarType.error} isMultiline>{state.message}</MessageBar> : null}
      {options.length > 0 ? (
        <ChoiceGroup label={props.resultsLabel} options={options} selectedKey={props.selectedKey ?? null} disabled={props.disabled}
          onChange={(_event, option) => {
            const hit = state.kind === 'found' ? state.hits.find((candidate) => candidate.key === option?.key) : undefined;
            if (hit !== undefined) props.onChoose(hit);
          }} />
      ) : null}
    </Stack>
  );
}

export function KoladaLink({ value, onChange, disabled, errorMessage, id }: IKoladaLinkProps): React.ReactElement | null {
  const { strings, kolada } = useServices();
  const classNames = useIndicatorClassNames();
  const headingId = useUniqueId('kolada-link-heading');
  const kpiTitle = value.koladaKpiTitle;
  if (kolada === undefined && value.koladaKpi === undefined) return null;
  const kpi = value.koladaKpi ?? '';
  const org = value.koladaOrgId ?? '';
  const linked = kpi !== '' || org !== '';
  const kpiText = kpi === '' ? '–' : kpiTitle === undefined ? kpi : `${kpi} ${kpiTitle}`;
  const orgText = org === '' ? '–' : `${value.koladaOrgName ?? ''} (${org})`.trim();
  return (
    <section aria-labelledby={headingId} className={classNames.section}>
      <h3 id={headingId} className={classNames.subheading}>{strings.KoladaLinkHeading}</h3>
      <p className={classNames.text}>{strings.KoladaLinkIntro}</p>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <span className={classNames.text}>{linked ? format(strings.KoladaLinked, kpiText, orgText) : strings.KoladaNotLinked}</span>
        {linked ? (
          <ActionButton text={strings.KoladaUnlink} disabled={disabled}
            onClick={() => onChange({ koladaKpi: undefined, koladaKpiTitle: undefined, koladaOrgId: undefined, koladaOrgName: undefined })} />
        ) : null}
      </Stack>
      {errorMessage === undefined ? null : <MessageBar messageBarType={MessageBarType.error} isMultiline>{errorMessage}</MessageBar>}
      {kolada === undefined ? null : (
        <Stack tokens={{ childrenGap: 12 }}>
          <KoladaSearch label={strings.KoladaKpiSearchLabel} buttonText={strings.KoladaKpiSearch} resultsLabel={strings.KoladaKpiResults}
            inputId={id} selectedKey={value.koladaKpi} disabled={disabled}
            search={async (words) => {
              const answer = await kolada.searchKpis(words);
              return answer.kind === 'ok' ? { kind: 'ok', value: answer.value.map((found) => ({ key: found.id, text: `${found.id} ${found.title}`, name: found.title })) } : answer;
            }}
            onChoose={(hit) => onChange({ koladaKpi: hit.key, koladaKpiTitle: hit.name })} />
          <KoladaSearch label={strings.KoladaOrgSearchLabel} buttonText={strings.KoladaOrgSearch} resultsLabel={strings.KoladaOrgResults}
            selectedKey={value.koladaOrgId} disabled={disabled}
            search={async (words) => {
              const answer = await kolada.searchOrganisations(words);
              const typeText = (type: string): string => (type === 'L' ? strings.KoladaOrgType_L : type === 'K' ? strings.KoladaOrgType_K : type);
              return answer.kind === 'ok'
                ? { kind: 'ok', value: answer.value.map((found) => ({ key: found.id, text: `${found.title} (${typeText(found.type)}, ${found.id})`, name: found.title })) }
                : answer;
            }}
            onChoose={(hit) => onChange({ koladaOrgId: hit.key, koladaOrgName: hit.name })} />
        </Stack>
      )}
    </section>
  );
}
