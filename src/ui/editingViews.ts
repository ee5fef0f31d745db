// The editing views are loaded only when a page shows one: the summary's first chunk stays small.
// webpack puts each dynamic import in a chunk of its own name; jest resolves them as requires.
import * as React from 'react';

export const LazyAllocationView = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-allocation' */ './allocation/AllocationView').then((module) => ({ default: module.AllocationView })));

export const LazyMyUnitView = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-my-unit' */ './myUnit/MyUnitView').then((module) => ({ default: module.MyUnitView })));

export const LazyAdministrationView = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-administration' */ './administration/AdministrationView').then((module) => ({ default: module.AdministrationView })));

// Its own chunk: the charts and the grid load only where a page shows the indicators.
export const LazyIndicatorsView = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-indicators' */ './indicators/IndicatorsView').then((module) => ({ default: module.IndicatorsView })));

// The goal page, opened from the summary's matrix and gaps: its own chunk, so the summary's first
// chunk carries neither it nor the indicator cards and charts it shows.
export const LazyGoalPage = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-goal-page' */ './goals/GoalPage').then((module) => ({ default: module.GoalPage })));
