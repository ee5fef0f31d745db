// How one unit's or department's part of a period stands, in a sentence: not marked, ready (who,
// when), or sent back (who, when, and the comment that goes with it). Min enhet, the roll-up and the
// summary say it the same way.
import * as React from 'react';
import type { Readiness } from '../../domain/readiness/readiness';
import { formatDateTime } from '../edit/dates';
import { format } from '../format';
import { useServices } from '../services/services';

export function readinessSentence(name: string, readiness: Readiness, strings: IMiljomalWebPartStrings, locale: Parameters<typeof formatDateTime>[1]): string {
  switch (readiness.state) {
    case 'notReady': return format(strings.ReadyNotMarked, name);
    case 'ready': return format(strings.ReadyMarkedBy, name, readiness.by.name || readiness.by.login, formatDateTime(readiness.at, locale));
    case 'sentBack': return format(strings.ReadySentBackBy, name, readiness.by.name || readiness.by.login, formatDateTime(readiness.at, locale));
  }
}

export function ReadinessLine({ name, readiness, className }: { name: string; readiness: Readiness; className?: string }): React.ReactElement {
  const { strings, locale } = useServices();
  const comment = readiness.state === 'notReady' ? '' : readiness.comment.trim();
  return (
    <p className={className}>
      {readinessSentence(name, readiness, strings, locale)}
      {comment === '' ? null : <> {format(strings.ReadyCommentQuoted, `”${comment}”`)}</>}
    </p>
  );
}
