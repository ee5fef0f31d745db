// "Hjälp" beside every view's heading: the guide for the user's role, in a new tab. Hidden when the
// host names no help page (a link to nowhere helps no one) and until the role is known; a failed
// ask for the user opens the reader's guide, which every role may read.
import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { useServices } from '../services/services';
import { guideFor, guideHref, type GuideName } from './helpGuide';

export function HelpLink(): React.ReactElement | null {
  const { repository, strings, helpPage } = useServices();
  const [guide, setGuide] = React.useState<GuideName | undefined>(undefined);
  React.useEffect(() => {
    if (helpPage === undefined) return undefined;
    let current = true;
    repository.currentUser().then((user) => { if (current) setGuide(guideFor(user)); }, () => { if (current) setGuide(guideFor(undefined)); });
    return () => { current = false; };
  }, [repository, helpPage]);
  const href = guide === undefined ? undefined : guideHref(helpPage, guide);
  if (href === undefined) return null;
  return (
    <Link href={href} target="_blank" rel="noopener" aria-label={strings.HelpLinkLabel}>{strings.HelpLink}</Link>
  );
}
