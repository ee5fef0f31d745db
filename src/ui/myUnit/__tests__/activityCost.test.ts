// An activity's cost in the editor's form: what a head types, the refusal said beside the field,
// the value saved, and both sides of a conflict.
import type { Activity } from '../../../domain/model';
import { swedish } from '../../../../test/support/strings';
import { activityConflictRows, activityFields, activityForm, activityFormErrors, isActivityForm } from '../activityForm';

const activity: Activity = { id: 7, allocationId: 3, title: 'Fler elbilar', description: '', status: 'pagaende', cost: 12500 };

describe('an activity\'s cost in the form', () => {
  it('shows the stored cost, saves what was typed as whole kronor, and clears it when emptied', () => {
    const form = activityForm(activity);
    expect(form.details).toEqual({ cost: '12500' });
    expect(activityFields({ ...form, details: { cost: '40 000' } }, []).cost).toBe(40000);
    const cleared = activityFields({ ...form, details: { cost: '' } }, []);
    expect('cost' in cleared && cleared.cost === undefined).toBe(true);
  });

  it('refuses an amount that is not whole kronor of 0 or more, in Swedish, beside the field', () => {
    expect(activityFormErrors({ ...activityForm(activity), details: { cost: '-5' } }, swedish, 'sv-SE')).toEqual({
      cost: 'Skriv ett belopp i hela kronor, 0 eller mer, till exempel 12 500 (-5 är det inte).'
    });
    expect(activityFormErrors({ ...activityForm(activity), details: { cost: '0' } }, swedish, 'sv-SE')).toEqual({});
  });

  it('keeps a draft saved before the cost existed, and shows both costs in a conflict', () => {
    const { details, ...older } = activityForm(activity);
    expect(details).toBeDefined();
    expect(isActivityForm(older)).toBe(true);
    const rows = activityConflictRows({ ...activityForm(activity), details: { cost: '9000' } }, activity, swedish, 'sv-SE');
    expect(rows.find((row) => row.key === 'cost')).toMatchObject({ label: 'Kostnad (kr)', mine: '9\u00a0000 kr', theirs: '12\u00a0500 kr' });
  });
});
