// The import dialogs in a chunk of their own: Administration and the indicators view load it when
// someone presses "Importera", never before.
import * as React from 'react';

export const LazyAdminImport = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-import' */ './AdminImport').then((module) => ({ default: module.AdminImport })));

export const LazyValuesImport = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-import' */ './ValuesImport').then((module) => ({ default: module.ValuesImport })));
