// The forms' limits and the columns' capacity are one number: every text column that holds a model
// property has the domain's limit for it, and every limit the domain sets has its column.
import { maxMultiLineLength, maxSingleLineLength, textLimits } from '../../domain/rules/limits';
import { listOrder, lists } from '../schema';

const textColumns = listOrder.flatMap((key) => (lists[key].fields as ReadonlyArray<typeof lists[typeof key]['fields'][number]>)
  .filter((field) => (field.type === 'Text' || field.type === 'Note') && field.model.property !== undefined)
  .map((field) => ({ key, property: field.model.property as string, field })));

describe('text limits from the schema', () => {
  it.each(textColumns.map((column) => [`${column.key}.${column.property}`, column] as const))('%s holds what its form allows', (_name, column) => {
    const limits: Record<string, number> = textLimits[column.key as keyof typeof textLimits];
    const capacity = column.field.type === 'Note' ? maxMultiLineLength : column.field.maxLength ?? maxSingleLineLength;
    expect(limits[column.property]).toBe(capacity);
  });

  it('sets no limit without a column that keeps it', () => {
    const limited = Object.entries(textLimits).flatMap(([key, limits]) => Object.keys(limits).map((property) => `${key}.${property}`));
    expect(limited.sort()).toEqual(textColumns.map((column) => `${column.key}.${column.property}`).sort());
  });
});
