import * as React from 'react';
import type { IMiljoRepository } from '../../ports';
import { useLoad } from './useLoad';

/**
 * Whether the user may create or update the lists ("Skapa listor" is for site owners): `given` when
 * the page knows, else SharePoint's answer, asked once it is `needed` and kept from then on. A
 * failed ask counts as no.
 */
export function useCanManageLists(repository: IMiljoRepository, needed: boolean, given?: boolean): boolean | undefined {
  const [asked, setAsked] = React.useState(false);
  const ask = given === undefined && (asked || needed);
  React.useEffect(() => { if (ask) setAsked(true); }, [ask]);
  const answer = useLoad(ask ? () => repository.canManageLists().catch(() => false) : undefined, [repository, ask]);
  return given ?? (answer.status === 'loaded' ? answer.value : undefined);
}
