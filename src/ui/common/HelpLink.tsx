// "Hjälp" beside every view's heading: the guide for the user's role, in a new tab. Hidden when the
// host names no help page (a link to nowhere helps no one). Until the roles are known it opens the
// reader's guide, which every role may read.
import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { CurrentUser } from '../../ports';
import { useServices } from '../services/services';
import { guideFor, guideHref } from './helpGuide';

export function HelpLink(): React.ReactElement | null {
  const { repository, strings, helpPage } = useServices();
  const [user, setUser] = React.useState<CurrentUser | undefined>(undefined);
  React.useEffect(() => {
    if (helpPage === undefined) return undefined;
    let current = true;
    repository.currentUser().then((found) => { if (current) setUser(found); }, () => undefined);
    return () => { current = false; };
  }, [repository, helpPage]);
  const href = guideHref(helpPage, guideFor(user));
  if (href === undefined) return null;
  return (
    <Link href={href} target="_blank" rel="noopener" aria-label={strings.HelpLinkLabel}>{strings.HelpLink}</Link>
  );
}
