import { checkAmount } from '../rules/validation/fieldChecks';
import {
  demoGoals,
  demoOrgUnits,
  isIsoDate,
  maxMultiLineLength,
  refusal,
  textLimits,
  validateActivityInput,
  validateAllocationInput,
  validateFollowUpInput,
  validateGoalInput,
  validateOrgUnitInput
} from '../index';

const activity = { title: 'Minskat matsvinn', description: '', startDate: '2023-01-01', endDate: '2023-12-31' };

describe('an amount in whole kronor (an activity\'s cost)', () => {
  it('takes blank as none, and whole kronor of 0 or more as people type them', () => {
    for (const text of ['', '  ', '0', '12500', '12 500', '1\u00a0240']) expect(checkAmount(text)).toBeUndefined();
  });

  it('refuses what is not a whole, non-negative amount, naming what was typed', () => {
    for (const text of ['-1', '12,50', 'tolv', '1e3']) expect(checkAmount(` ${text} `)).toEqual(refusal('invalidAmount', { value: text }));
  });
});

describe('validateActivityInput', () => {
  it('accepts a complete activity', () => {
    expect(validateActivityInput(activity)).toEqual({ ok: true });
  });

  it('requires a title that is not blank', () => {
    expect(validateActivityInput({ ...activity, title: '   ' })).toEqual({ ok: false, errors: { title: refusal('required', {}) } });
  });

  it('counts a title of only invisible characters (zero-width, direction marks, BOM) as blank', () => {
    for (const title of ['\u200b\u200b', '\u200d\u2060', '\u200e \u200f', '\ufeff', '\u2066\u2069', '\u00ad']) {
      expect(validateActivityInput({ ...activity, title })).toEqual({ ok: false, errors: { title: refusal('required', {}) } });
    }
    // A visible character among them is a title.
    expect(validateActivityInput({ ...activity, title: '\u200bA' }).ok).toBe(true);
  });

  it('allows 255 characters in the title and refuses 256', () => {
    expect(validateActivityInput({ ...activity, title: 'a'.repeat(255) }).ok).toBe(true);
    expect(validateActivityInput({ ...activity, title: 'a'.repeat(256) })).toEqual({
      ok: false,
      errors: { title: refusal('tooLong', { maxLength: 255, length: 256 }) }
    });
  });

  it('limits the description to a multi-line column', () => {
    expect(validateActivityInput({ ...activity, description: 'a'.repeat(maxMultiLineLength) }).ok).toBe(true);
    expect(validateActivityInput({ ...activity, description: 'a'.repeat(maxMultiLineLength + 1) }).ok).toBe(false);
  });

  it('refuses impossible dates and an end before the start, on the field to fix', () => {
    expect(validateActivityInput({ ...activity, startDate: '2023-02-30' })).toEqual({
      ok: false,
      errors: { startDate: refusal('invalidDate', { value: '2023-02-30' }) }
    });
    expect(validateActivityInput({ ...activity, startDate: '2023-06-01', endDate: '2023-05-31' })).toEqual({
      ok: false,
      errors: { endDate: refusal('datesOutOfOrder', { startDate: '2023-06-01', endDate: '2023-05-31' }) }
    });
  });

  it('reports every failing field at once', () => {
    const result = validateActivityInput({ title: '', description: '', startDate: 'igår', endDate: '2023-13-01' });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['endDate', 'startDate', 'title']);
  });
});

describe('validateGoalInput', () => {
  const goal = { year: 2023, code: 'M5', title: 'Biologisk mångfald', description: '', indicator: '' };

  it('accepts a new goal with a fresh code', () => {
    expect(validateGoalInput(goal, demoGoals)).toEqual({ ok: true });
  });

  it('allows a code as long as its column holds and refuses a longer one beside the field', () => {
    expect(validateGoalInput({ ...goal, code: 'K'.repeat(textLimits.goals.code) }, demoGoals)).toEqual({ ok: true });
    expect(validateGoalInput({ ...goal, code: 'K'.repeat(textLimits.goals.code + 1) }, demoGoals)).toEqual({
      ok: false, errors: { code: refusal('tooLong', { maxLength: textLimits.goals.code, length: textLimits.goals.code + 1 }) }
    });
  });

  it('refuses a year outside 2000..2100', () => {
    expect(validateGoalInput({ ...goal, year: 1999 }, demoGoals)).toEqual({
      ok: false,
      errors: { year: refusal('yearOutOfRange', { year: 1999, min: 2000, max: 2100 }) }
    });
    expect(validateGoalInput({ ...goal, year: 2023.5 }, demoGoals).ok).toBe(false);
  });

  it('refuses a code already used that year, but not the goal’s own', () => {
    expect(validateGoalInput({ ...goal, code: ' m1 ' }, demoGoals)).toEqual({
      ok: false,
      errors: { code: refusal('duplicateGoalCode', { code: 'm1' }) }
    });
    expect(validateGoalInput({ ...goal, id: 231, code: 'M1' }, demoGoals)).toEqual({ ok: true });
    expect(validateGoalInput({ ...goal, year: 2024, code: 'M1' }, demoGoals)).toEqual({ ok: true });
  });
});

describe('validateOrgUnitInput', () => {
  it('keeps the levels in order', () => {
    expect(validateOrgUnitInput({ name: 'Ny enhet', level: 'enhet', parentId: 11 }, demoOrgUnits)).toEqual({ ok: true });
    expect(validateOrgUnitInput({ name: 'Ny enhet', level: 'enhet', parentId: 1 }, demoOrgUnits)).toEqual({
      ok: false,
      errors: { parentId: refusal('invalidParent', { expectedParentLevel: 'avdelning' }) }
    });
    expect(validateOrgUnitInput({ name: 'Ny förvaltning', level: 'forvaltning', parentId: 1 }, demoOrgUnits)).toEqual({
      ok: false,
      errors: { parentId: refusal('parentNotAllowed', {}) }
    });
  });

  it('refuses closing a department whose units are still open', () => {
    expect(validateOrgUnitInput({ id: 15, name: 'HR-avdelningen', level: 'avdelning', parentId: 1, closed: true }, demoOrgUnits)).toEqual({
      ok: false,
      errors: { closed: refusal('hasOpenUnits', { count: 2 }) }
    });
  });

  it('refuses moving an open unit under a closed one', () => {
    const closedDepartment = demoOrgUnits.map((unit) => (unit.id === 15 ? { ...unit, closed: true } : unit));
    expect(validateOrgUnitInput({ name: 'Lön', level: 'enhet', parentId: 15 }, closedDepartment)).toEqual({
      ok: false,
      errors: { parentId: refusal('unitClosed', { orgUnitId: 15 }) }
    });
  });
});

describe('validateFollowUpInput', () => {
  it('requires a grade and a written reason', () => {
    expect(validateFollowUpInput({ grade: 'genomford', comment: 'Klart.' })).toEqual({ ok: true });
    expect(validateFollowUpInput({ comment: '' })).toEqual({
      ok: false,
      errors: { grade: refusal('required', {}), comment: refusal('required', {}) }
    });
  });
});

describe('validateAllocationInput', () => {
  it('checks the agreement date and the note length', () => {
    expect(validateAllocationInput({ agreedOn: '2023-03-14', note: 'I samråd.' })).toEqual({ ok: true });
    expect(validateAllocationInput({ agreedOn: '14/3' }).ok).toBe(false);
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
  });
});
