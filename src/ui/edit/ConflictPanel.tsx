import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { css } from '@fluentui/react/lib/Utilities';
import { useUniqueId } from '../common/useUniqueId';
import { useEditClassNames } from './editStyles';
import { draftPanelProps } from './draftPanelProps';
import { PlainText } from './PlainText';
import { useServices } from '../services/services';
import { ScrollRegion } from '../common/ScrollRegion';

/** One field of the two versions, as text ready to show (formatted dates, status words, names). */
export interface IConflictRow {
  key: string;
  label: string;
  mine: string;
  theirs: string;
}

export interface IConflictPanelProps {
  isOpen: boolean;
  /** What the two versions are of, e.g. the activity's title: shown under the heading. */
  subject: string;
  rows: readonly IConflictRow[];
  /** Who saved their version and when, when known (e.g. "Enhetschef X, 16 okt. 2023"). */
  theirsBy?: string;
  /** A save is running (after "keep mine"): the choices wait. */
  busy?: boolean;
  /** Save the draft again over their version (with their ETag). */
  onKeepMine(): void;
  /** Drop the draft; their version stays. */
  onTakeTheirs(): void;
  /** Back to the form with the draft, to merge by hand. Also what closing the panel does. */
  onEdit(): void;
}

/**
 * Someone else saved first: both versions side by side, field by field (differences marked in
 * words, not only by shading), and three choices. A Fluent Panel, so focus is trapped inside and
 * returns where it was when it closes. Values are plain text, never HTML.
 */
export function ConflictPanel(props: IConflictPanelProps): React.ReactElement {
  const { rows } = props;
  const { strings } = useServices();
  const classNames = useEditClassNames();
  const captionId = useUniqueId('conflict-caption');
  const keepHintId = useUniqueId('conflict-keep');
  const theirsHintId = useUniqueId('conflict-theirs');
  const editHintId = useUniqueId('conflict-edit');
  const empty = (value: string): string => (value.trim() === '' ? strings.EditEmptyValue : value);
  return (
    <Panel
      isOpen={props.isOpen}
      {...draftPanelProps(strings.EditConflictTitle, strings.EditClose, props.onEdit)}
      type={PanelType.large}
    >
      <Stack tokens={{ childrenGap: 16 }}>
        <Text as="p" variant="mediumPlus" block>{props.subject}</Text>
        <Text as="p" block>{strings.EditConflictIntro}</Text>
        {props.theirsBy === undefined ? null : <Text as="p" block>{props.theirsBy}</Text>}
        <ScrollRegion labelledBy={captionId}>
          <table className={classNames.table} aria-describedby={captionId}>
            <caption id={captionId} className={classNames.caption}>{strings.EditConflictCaption}</caption>
            <colgroup>
              <col style={{ width: '22%' }} />
              <col style={{ width: '39%' }} />
              <col style={{ width: '39%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className={classNames.th}>{strings.EditConflictField}</th>
                <th scope="col" className={classNames.th}>{strings.EditConflictMine}</th>
                <th scope="col" className={classNames.th}>{strings.EditConflictTheirs}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const differs = row.mine !== row.theirs;
                return (
                  <tr key={row.key} className={differs ? classNames.differs : undefined}>
                    <th scope="row" className={classNames.th}>
                      {row.label}
                      <span className={classNames.marker}>{differs ? strings.EditConflictDiffers : strings.EditConflictSame}</span>
                    </th>
                    <td className={classNames.td}><PlainText text={empty(row.mine)} /></td>
                    <td className={classNames.td}><PlainText text={empty(row.theirs)} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
        <div className={classNames.choices} role="group" aria-label={strings.EditConflictChoose}>
          <Choice hintId={keepHintId} hint={strings.EditConflictKeepMineHint} classNames={classNames}>
            <PrimaryButton text={strings.EditConflictKeepMine} onClick={props.onKeepMine} disabled={props.busy} aria-describedby={keepHintId} />
          </Choice>
          <Choice hintId={theirsHintId} hint={strings.EditConflictTakeTheirsHint} classNames={classNames}>
            <DefaultButton text={strings.EditConflictTakeTheirs} onClick={props.onTakeTheirs} disabled={props.busy} aria-describedby={theirsHintId} />
          </Choice>
          <Choice hintId={editHintId} hint={strings.EditConflictEditHint} classNames={classNames}>
            <DefaultButton text={strings.EditConflictEdit} onClick={props.onEdit} disabled={props.busy} aria-describedby={editHintId} />
          </Choice>
        </div>
      </Stack>
    </Panel>
  );
}

function Choice(props: { hintId: string; hint: string; classNames: ReturnType<typeof useEditClassNames>; children: React.ReactNode }): React.ReactElement {
  return (
    <div>
      {props.children}
      <p id={props.hintId} className={css(props.classNames.hint)}>{props.hint}</p>
    </div>
  );
}
