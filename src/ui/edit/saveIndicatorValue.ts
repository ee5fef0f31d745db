// One indicator value's save, shared by the grid and the import: the rule first, the value put in
// optimistically, then SharePoint; anything but saved is undone. A value that exists for the
// indicator and measured year is updated with the version the view read; a conflict puts the
// other person's version in the view, never overwriting it.
import type { IMiljoRepository } from '../../ports';
import type { IndicatorValue } from '../../domain/model';
import { canEditIndicators } from '../../domain/indicators/indicatorRules';
import { runSave, type SaveState } from './saveOutcome';
import type { IWriteBook } from './useWriteBook';
import { dropItem, etagIn, putItem, replaceItem, setEtag, temporaryId } from './workspaceChanges';
import { storedValue } from './valuesDraft';

export function saveIndicatorValue(
  book: Pick<IWriteBook<unknown>, 'latest' | 'change'>,
  repository: IMiljoRepository,
  next: Omit<IndicatorValue, 'id'>
): Promise<SaveState<IndicatorValue>> {
  const current = book.latest.current;
  const stored = storedValue(current.picture.indicatorValues, next.indicatorId, next.year, next.period);
  const id = stored?.id ?? temporaryId();
  const optimistic: IndicatorValue = { ...next, id };
  return runSave<IndicatorValue>({
    check: () => canEditIndicators(current.actor),
    apply: () => {
      book.change((ws) => putItem(ws, 'indicatorValues', optimistic));
      return () => book.change((ws) => (stored === undefined ? dropItem(ws, 'indicatorValues', id) : putItem(ws, 'indicatorValues', stored)));
    },
    write: () => (stored === undefined
      ? repository.addIndicatorValue(next, current.year)
      : repository.updateIndicatorValue(optimistic, etagIn(current, 'indicatorValues', stored.id))),
    onSaved: (value, etag) => book.change((ws) => setEtag(replaceItem(ws, 'indicatorValues', id, value), 'indicatorValues', value.id, etag)),
    // Theirs goes into the view with its version: keeping mine then saves over it knowingly.
    onConflict: (theirs, etag) => book.change((ws) => setEtag(putItem(ws, 'indicatorValues', theirs), 'indicatorValues', theirs.id, etag)),
    onGone: () => book.change((ws) => setEtag(dropItem(ws, 'indicatorValues', id), 'indicatorValues', id, undefined))
  });
}
