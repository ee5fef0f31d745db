// "Now" for everything the product dates: SharePoint runs on the real clock; the demo runs on its
// own day (the demo region's October 2023), so what it shows as today, the times it saves, its
// reminders and its export headers all agree.
import type { IsoDate } from './model';

export type Clock = () => Date;

export const realClock: Clock = () => new Date();

/** The given calendar day at the present time of day (local), so saved times still move on. */
export function clockOnDay(day: IsoDate): Clock {
  const [year, month, date] = day.split('-').map(Number);
  return () => {
    const now = new Date();
    return new Date(year, month - 1, date, now.getHours(), now.getMinutes(), now.getSeconds(), now.getMilliseconds());
  };
}
