// The archive of fastställda reports and "Fastställ rapport", on the summary: a chunk of their own,
// fetched after the summary has painted, so the first chunk carries neither them nor the dialog.
import * as React from 'react';

export const LazyReportsSection = React.lazy(() =>
  import(/* webpackChunkName: 'miljomal-reports' */ './ReportsSection').then((module) => ({ default: module.ReportsSection })));
