// One way a button makes a file: "Skapar filen …" while it works, then the file's name or that it
// failed, read out and shown; one file at a time. The summary's exports and the region's use it.
import * as React from 'react';
import { format } from '../format';
import { useAnnouncement, type IAnnouncement } from '../common/LiveRegion';
import { useServices } from '../services/services';

export interface IFileExport<K> {
  /** The kind being made, if any (every button waits meanwhile). */
  working: K | undefined;
  announcement: IAnnouncement;
  /** Makes the file (`make` hands it to the browser and answers its name); never throws. */
  run(kind: K, make: () => Promise<string>): void;
}

export function useFileExport<K>(): IFileExport<K> {
  const { strings } = useServices();
  const [working, setWorking] = React.useState<K | undefined>(undefined);
  const [announcement, announce] = useAnnouncement();
  const run = React.useCallback((kind: K, make: () => Promise<string>): void => {
    setWorking(kind);
    announce(strings.ExportWorking);
    make().then(
      (fileName) => announce(format(strings.ExportDone, fileName)),
      () => announce(strings.ExportFailed)
    ).finally(() => setWorking(undefined));
  }, [announce, strings]);
  return { working, announcement, run };
}
