import { roleGroupTitles } from '../../../data/roles';
import type { WriteAction } from '../../../ports';
import { demoRegion2023, refusal, refusalCodes, type Refusal, type RefusalCode } from '../../../domain';
import { failedText, fieldText, forbiddenText, outsideScopeText, personRefusalText, refusalText } from '../refusalText';
import { namesIn } from '../names';
import { english, swedish } from '../../../../test/support/strings';


/** A refusal of every code, with params a rule could give. */
const samples: Record<RefusalCode, Refusal> = {
  outsideScope: refusal('outsideScope', {}),
  goalNotFound: refusal('goalNotFound', { goalId: 231 }),
  goalRetired: refusal('goalRetired', { goalId: 231 }),
  orgUnitNotFound: refusal('orgUnitNotFound', { orgUnitId: 999 }),
  allocationNotFound: refusal('allocationNotFound', { allocationId: 5 }),
  activityNotFound: refusal('activityNotFound', { activityId: 5 }),
  unitClosed: refusal('unitClosed', { orgUnitId: 163 }),
  levelNotAllocatable: refusal('levelNotAllocatable', { level: 'forvaltning' }),
  parentDoesNotHoldGoal: refusal('parentDoesNotHoldGoal', { goalId: 232, parentId: 14 }),
  goalOfAnotherForvaltning: refusal('goalOfAnotherForvaltning', { goalId: 232, parentId: 1 }),
  duplicateAllocation: refusal('duplicateAllocation', { allocationId: 5 }),
  allocationHasActivities: refusal('allocationHasActivities', { count: 2 }),
  allocationHasUnitAllocations: refusal('allocationHasUnitAllocations', { count: 3 }),
  goalNotAllocatedToUnit: refusal('goalNotAllocatedToUnit', { goalId: 231, orgUnitId: 111 }),
  sameAllocation: refusal('sameAllocation', { allocationId: 5 }),
  periodClosed: refusal('periodClosed', { periodKey: '2023-delar' }),
  periodNotOpen: refusal('periodNotOpen', { periodKey: '2024-delar' }),
  periodLocked: refusal('periodLocked', { periodKey: '2024-delar' }),
  periodOutsideGoalYear: refusal('periodOutsideGoalYear', { periodKey: '2024-helar', year: 2023 }),
  required: refusal('required', {}),
  tooLong: refusal('tooLong', { maxLength: 255, length: 1300 }),
  invalidDate: refusal('invalidDate', { value: '2023-02-30' }),
  invalidNumber: refusal('invalidNumber', { value: '12 ton' }),
  notPositive: refusal('notPositive', { value: '0' }),
  invalidAmount: refusal('invalidAmount', { value: '12,50' }),
  invalidKoladaId: refusal('invalidKoladaId', { value: 'N4' }),
  koladaLinkIncomplete: refusal('koladaLinkIncomplete', {}),
  targetNotAfterBaseline: refusal('targetNotAfterBaseline', { baselineYear: 2019 }),
  datesOutOfOrder: refusal('datesOutOfOrder', { startDate: '2023-12-01', endDate: '2023-03-01' }),
  yearOutOfRange: refusal('yearOutOfRange', { year: 1999, min: 2000, max: 2100 }),
  duplicateGoalCode: refusal('duplicateGoalCode', { code: 'M1' }),
  invalidParent: refusal('invalidParent', { expectedParentLevel: 'avdelning' }),
  parentNotAllowed: refusal('parentNotAllowed', {}),
  hasOpenUnits: refusal('hasOpenUnits', { count: 4 }),
  readinessReasonRequired: refusal('readinessReasonRequired', { missing: 3 }),
  alreadyReady: refusal('alreadyReady', {}),
  notMarkedReady: refusal('notMarkedReady', {}),
  departmentMarkedReady: refusal('departmentMarkedReady', { departmentId: 14 })
};

const actions: WriteAction[] = ['editGoals', 'editOrganisation', 'allocate', 'removeAllocation', 'editActivity', 'editFollowUp', 'editIndicators', 'freezeReport', 'markReady', 'manageLists'];
const names = namesIn(demoRegion2023);

describe('refusal messages', () => {
  it.each([['sv-SE', swedish], ['en-US', english]] as const)('has a filled-in %s message for every refusal code', (locale, strings) => {
    for (const code of refusalCodes) {
      const text = refusalText(samples[code], strings, { names, locale });
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\{\d\}|undefined/);
    }
  });

  it('names goals, units, periods and levels in the user’s language', () => {
    expect(refusalText(samples.goalNotAllocatedToUnit, swedish, { names })).toBe(
      'M1 Minskade koldioxidutsläpp från resor är inte fördelat till Måltidsservice. Aktiviteter kan bara läggas in på mål som har fördelats hit.');
    expect(refusalText(samples.parentDoesNotHoldGoal, english, { names })).toBe(
      'Ekonomiavdelningen does not hold M2 Minskad energianvändning, so the goal cannot be passed on from there. The regional staff first allocate the goal to the department.');
    expect(refusalText(samples.periodClosed, swedish)).toBe('Uppföljningen för delår 2023 är stängd och kan inte längre ändras.');
    expect(refusalText(samples.periodClosed, english)).toBe('The follow-up for interim 2023 is closed and can no longer be changed.');
    expect(refusalText(samples.levelNotAllocatable, swedish)).toBe('Miljömål kan inte fördelas till förvaltningen.');
    expect(refusalText(samples.tooLong, swedish, { locale: 'sv-SE' })).toBe('Högst 255 tecken; nu är det 1\u00a0300.');
    expect(refusalText(samples.tooLong, english, { locale: 'en-US' })).toBe('At most 255 characters; this is 1,300.');
    // Without names, the id stands in.
    expect(refusalText({ code: 'allocationHasActivities', params: { count: 1 } }, swedish)).toBe('Fördelningen har en aktivitet. Flytta eller ta bort den först.');
    expect(refusalText({ code: 'allocationHasActivities', params: { count: 2 } }, english)).toBe('The allocation has 2 activities. Move or remove them first.');
    expect(fieldText(samples.unitClosed, swedish, { names })).toBe('Tryckeriet är stängd. Välj en öppen avdelning.');
    expect(fieldText(samples.required, english)).toBe(refusalText(samples.required, english));
    expect(refusalText(samples.unitClosed, swedish)).toMatch(/^163 är stängd/);
    expect(refusalText(samples.unitClosed, swedish, { names })).toMatch(/^Tryckeriet är stängd/);
  });

  it('says who may do it when a rule finds it outside the actor’s scope', () => {
    expect(refusalText(samples.outsideScope, swedish)).toBe(swedish.EditRefusal_outsideScope);
    expect(refusalText(samples.outsideScope, swedish, { action: 'allocate' })).toBe(outsideScopeText('allocate', swedish));
    expect(outsideScopeText('editActivity', swedish)).toMatch(/enhetens chef, cheferna ovanför, regionstaben och den som är ansvarig/);
  });

  it.each([['sv-SE', swedish], ['en-US', english]] as const)('names in %s the SharePoint group each refused action needs', (_locale, strings) => {
    for (const action of actions) {
      expect(forbiddenText(action, strings).trim()).not.toBe('');
      expect(outsideScopeText(action, strings).trim()).not.toBe('');
    }
    expect(forbiddenText('editActivity', strings)).toContain(roleGroupTitles.unitHeads);
    expect(forbiddenText('editFollowUp', strings)).toContain(roleGroupTitles.unitHeads);
    expect(forbiddenText('allocate', strings)).toContain(roleGroupTitles.departmentHeads);
    expect(forbiddenText('removeAllocation', strings)).toContain(roleGroupTitles.departmentHeads);
    expect(forbiddenText('editGoals', strings)).toContain(roleGroupTitles.regionalStaff);
    expect(forbiddenText('editOrganisation', strings)).toContain(roleGroupTitles.regionalStaff);
  });

  it('tells throttling and an unreachable server from other failures', () => {
    expect(failedText('busy', swedish)).toBe(swedish.EditFailedBusy);
    expect(failedText('unreachable', swedish)).toBe(swedish.EditFailedUnreachable);
    expect(failedText('rejected', swedish)).toBe(swedish.EditFailed);
  });
});

describe('a person SharePoint cannot resolve', () => {
  it('is refused in the user\'s language, naming the sign-in name', () => {
    expect(personRefusalText({ kind: 'notFound', login: 'x@y.se' }, 'x@y.se', swedish)).toBe('SharePoint hittar ingen person med inloggningen x@y.se. Kontrollera stavningen eller välj någon bland förslagen.');
    expect(personRefusalText({ kind: 'failed', cause: 'unreachable', message: '' }, 'x@y.se', english)).toBe('x@y.se could not be checked just now. The person is checked again when you save.');
  });
});
