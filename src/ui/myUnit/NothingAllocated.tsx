import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import type { OrgUnit, YearPicture } from '../../domain/model';
import type { Actor } from '../../domain/rules/actor';
import { canAllocate } from '../../domain/rules/allocationRules';
import { format } from '../format';
import { PlaceLink } from '../navigation';
import { allocatorOf, teamsChatLink } from './myUnitModel';
import { useServices } from '../services/services';

export interface INothingAllocatedProps {
  unit: OrgUnit;
  picture: YearPicture;
  actor: Actor;
}

/** Whether the viewer may allocate a goal here themselves (the department head, the regional staff at a department). */
function allocatesHere(actor: Actor, unit: OrgUnit, picture: YearPicture): boolean {
  return picture.goals.some((goal) => canAllocate(actor, { goalId: goal.id, orgUnitId: unit.id }, picture).ok);
}

/**
 * No goal allocated here yet: says so, names who allocates (the department head, from the
 * organisation list) and offers a Teams chat to them with the request already written. When the
 * viewer is the one who allocates, the way is Fördelning, not a chat with themselves.
 */
export function NothingAllocated({ unit, picture, actor }: INothingAllocatedProps): React.ReactElement {
  const { strings } = useServices();
  const { parent, head } = allocatorOf(unit, picture);
  const year = picture.year;
  if (allocatesHere(actor, unit, picture)) {
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          <strong>{format(strings.UnitNothingAllocatedTitle, unit.name, year)}.</strong> {format(strings.UnitNothingAllocatedYours, unit.name)}
        </MessageBar>
        <PlaceLink target={{ view: 'allocation', year, orgUnitId: unit.id }}>{format(strings.UnitAllocateHere, unit.name)}</PlaceLink>
      </Stack>
    );
  }
  let who: string;
  if (unit.level === 'avdelning') who = format(strings.UnitNothingAllocatedDepartment, head?.name ?? strings.UnitNoHead);
  else if (head === undefined) who = format(strings.UnitNothingAllocatedNoHead, parent?.name ?? '');
  else who = format(strings.UnitNothingAllocatedAsk, head.name, parent?.name ?? '');
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        <strong>{format(strings.UnitNothingAllocatedTitle, unit.name, year)}.</strong> {who}
      </MessageBar>
      {head === undefined ? null : (
        <Link href={teamsChatLink(head.login, format(strings.UnitTeamsMessage, year, unit.name))} target="_blank" rel="noopener noreferrer">
          {format(strings.UnitTeamsChat, head.name)}
        </Link>
      )}
    </Stack>
  );
}
