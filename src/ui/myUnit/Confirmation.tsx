import * as React from 'react';
import { LiveRegion, type IAnnouncement } from '../common/LiveRegion';
import { useEditClassNames } from '../edit/editStyles';
import { samePlace, type ConfirmPlace } from './myUnitModel';

/** The last save's confirmation and the place its editor was opened from. */
export interface IConfirmation {
  announcement: IAnnouncement;
  place: ConfirmPlace;
}

const silent: IAnnouncement = { message: '', count: 0 };

/**
 * A polite status region at one place where an editor can be opened: always in the page (so it is
 * listened to before it speaks), and showing the confirmation only when the save started here.
 */
export function ConfirmationSlot({ confirmation, at }: { confirmation: IConfirmation | undefined; at: ConfirmPlace }): React.ReactElement {
  const classNames = useEditClassNames();
  const shown = confirmation !== undefined && samePlace(confirmation.place, at) ? confirmation.announcement : silent;
  return <LiveRegion announcement={shown} visible bringIntoView className={classNames.confirmation} />;
}
