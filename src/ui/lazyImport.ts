// The import dialogs (src/ui/administration/import) live in Administration's chunk: Administration shows them, and the indicators
// view loads that chunk when someone presses "Importera utfall", never before. A chunk of their
// own would cost the first chunk an entry in webpack's chunk map, and it has no bytes to spare.
import * as React from 'react';

export const LazyAdminImport = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-administration' */ './administration/import/AdminImport').then((module) => ({ default: module.AdminImport })));

export const LazyValuesImport = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-administration' */ './administration/import/ValuesImport').then((module) => ({ default: module.ValuesImport })));

export const LazyKoladaValuesImport = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-administration' */ './administration/import/ValuesImport').then((module) => ({ default: module.KoladaValuesImport })));
