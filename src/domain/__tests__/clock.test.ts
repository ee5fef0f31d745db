import { clockOnDay } from '../clock';

describe('the demo clock', () => {
  it('is on its own day at the present time of day, so saved times still move on', () => {
    const now = clockOnDay('2023-10-16')();
    const real = new Date();
    expect([now.getFullYear(), now.getMonth() + 1, now.getDate()]).toEqual([2023, 10, 16]);
    expect(Math.abs(now.getHours() * 60 + now.getMinutes() - (real.getHours() * 60 + real.getMinutes()))).toBeLessThanOrEqual(1);
  });
});
