// placeWork.ts, loaded when first needed: one chunk, asked for once.
type PlaceWork = typeof import('./placeWork');

let loading: Promise<PlaceWork> | undefined;

export function placeWork(): Promise<PlaceWork> {
  loading ??= import(/* webpackChunkName: 'miljomal-place-work' */ './placeWork');
  return loading;
}
