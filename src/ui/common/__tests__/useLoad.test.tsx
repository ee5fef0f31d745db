/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useLoad } from '../useLoad';

/** A promise the test settles when it wants. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((ok, fail) => { resolve = ok; reject = fail; });
  return { promise, resolve, reject };
}

/** Says the hook's state in words and offers its retry, reload and update as buttons. */
function Year({ year, ask }: { year: number | undefined; ask: (year: number) => Promise<string> }): React.ReactElement {
  const state = useLoad(year === undefined ? undefined : () => ask(year), [year]);
  if (state.status === 'loading') return <p>loading</p>;
  if (state.status === 'error') return <button onClick={state.retry}>{`failed: ${String(state.error)}`}</button>;
  return (
    <>
      <p>{`loaded: ${state.value}`}</p>
      <button onClick={state.reload}>reload</button>
      <button onClick={() => state.update((value) => `${value}, edited`)}>edit</button>
    </>
  );
}

const settle = (): Promise<void> => act(async () => { await Promise.resolve(); });

describe('useLoad', () => {
  it('says it loads, then shows the answer; asks again on reload and keeps an edit without asking', async () => {
    const asked: number[] = [];
    const ask = (year: number): Promise<string> => { asked.push(year); return Promise.resolve(`year ${year} (${asked.length})`); };
    render(<Year year={2023} ask={ask} />);
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('loaded: year 2023 (1)')).toBeTruthy();
    fireEvent.click(screen.getByText('edit'));
    expect(screen.getByText('loaded: year 2023 (1), edited')).toBeTruthy();
    fireEvent.click(screen.getByText('reload'));
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('loaded: year 2023 (2)')).toBeTruthy();
    expect(asked).toEqual([2023, 2023]);
  });

  it('offers a retry after a failure, which asks again', async () => {
    let fail = true;
    const ask = (year: number): Promise<string> => fail ? Promise.reject(new Error('503')) : Promise.resolve(`year ${year}`);
    render(<Year year={2023} ask={ask} />);
    const retry = await screen.findByText('failed: Error: 503');
    fail = false;
    fireEvent.click(retry);
    expect(await screen.findByText('loaded: year 2023')).toBeTruthy();
  });

  it('drops an answer that comes after the inputs changed, even when it comes last', async () => {
    const answers = new Map([[2022, deferred<string>()], [2023, deferred<string>()]]);
    const ask = (year: number): Promise<string> => answers.get(year)!.promise;
    const { rerender } = render(<Year year={2022} ask={ask} />);
    rerender(<Year year={2023} ask={ask} />);
    answers.get(2023)!.resolve('year 2023');
    expect(await screen.findByText('loaded: year 2023')).toBeTruthy();
    answers.get(2022)!.resolve('year 2022');
    await settle();
    expect(screen.getByText('loaded: year 2023')).toBeTruthy();
  });

  it('says loading at once when the inputs change, not the answer for the earlier ones', async () => {
    const ask = (year: number): Promise<string> => year === 2022 ? Promise.resolve('year 2022') : new Promise<string>(() => undefined);
    const { rerender } = render(<Year year={2022} ask={ask} />);
    expect(await screen.findByText('loaded: year 2022')).toBeTruthy();
    rerender(<Year year={2023} ask={ask} />);
    expect(screen.getByText('loading')).toBeTruthy();
  });

  it('asks nothing without a loader, and ignores an answer that comes after unmounting', async () => {
    const asked: number[] = [];
    const answer = deferred<string>();
    const ask = (year: number): Promise<string> => { asked.push(year); return answer.promise; };
    const { rerender, unmount } = render(<Year year={undefined} ask={ask} />);
    await settle();
    expect(asked).toEqual([]);
    expect(screen.getByText('loading')).toBeTruthy();
    rerender(<Year year={2023} ask={ask} />);
    expect(asked).toEqual([2023]);
    const errors = jest.spyOn(console, 'error');
    unmount();
    answer.resolve('late');
    await settle();
    // React 17 warns of a state update on an unmounted component: none is made.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
