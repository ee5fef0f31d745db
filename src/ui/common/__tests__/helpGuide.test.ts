import { guideFor, guideHref } from '../helpGuide';

const none = { isRegionalStaff: false, isDepartmentHead: false, isUnitHead: false };

describe('the Help link\'s guide', () => {
  it('opens the guide of the work the user comes to do, the reader\'s for everyone else', () => {
    expect(guideFor({ ...none, isRegionalStaff: true, isDepartmentHead: true })).toBe('regionstaben');
    expect(guideFor({ ...none, isDepartmentHead: true, isUnitHead: true })).toBe('avdelningschef');
    expect(guideFor({ ...none, isUnitHead: true })).toBe('enhetschef');
    expect(guideFor(none)).toBe('lasare');
    expect(guideFor(undefined)).toBe('lasare');
  });

  it('names a page per role in a folder, one page for all otherwise, and nothing when no help page is set', () => {
    expect(guideHref('https://contoso.sharepoint.com/sites/miljo/SitePages/hjalp/', 'enhetschef'))
      .toBe('https://contoso.sharepoint.com/sites/miljo/SitePages/hjalp/enhetschef.aspx');
    expect(guideHref(' https://contoso.sharepoint.com/sites/miljo/SitePages/Hjalp.aspx ', 'enhetschef'))
      .toBe('https://contoso.sharepoint.com/sites/miljo/SitePages/Hjalp.aspx');
    expect(guideHref(undefined, 'lasare')).toBeUndefined();
    expect(guideHref('  ', 'lasare')).toBeUndefined();
  });
});
