import * as React from 'react';
import { listDrafts, subscribeDrafts, type IStoredDraft } from './draftStore';

/**
 * The stored drafts under a key prefix, kept current as drafts are written and removed. The draft
 * under `exceptKey` (the one open in a form, written on every keystroke) is left out, so typing
 * does not re-render whoever lists the others.
 */
export function useStoredDrafts(keyPrefix: string, exceptKey?: string): IStoredDraft[] {
  const read = React.useCallback(
    () => listDrafts(keyPrefix).filter((draft) => draft.key !== exceptKey),
    [keyPrefix, exceptKey]);
  const [drafts, setDrafts] = React.useState<IStoredDraft[]>(read);
  React.useEffect(() => {
    let signature = '';
    const refresh = (): void => {
      const next = read();
      const nextSignature = JSON.stringify(next.map((draft) => [draft.key, draft.value, draft.meta]));
      if (nextSignature === signature) return;
      signature = nextSignature;
      setDrafts(next);
    };
    refresh();
    return subscribeDrafts(refresh);
  }, [read]);
  return drafts;
}
