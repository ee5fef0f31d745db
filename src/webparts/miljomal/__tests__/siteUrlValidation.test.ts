import { checkSiteUrl, siteUrlMessage } from '../siteUrlValidation';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadLoc } = require('../../../../test/jest/loadLoc');

const current = 'https://contoso.sharepoint.com/sites/intranet';

describe('checkSiteUrl', () => {
  it.each([
    ['', undefined],
    ['   ', undefined],
    ['https://contoso.sharepoint.com/sites/miljo', undefined],
    ['https://CONTOSO.sharepoint.com/sites/miljo/', undefined],
    ['sites/miljo', 'notAUrl'],
    ['miljö', 'notAUrl'],
    ['ftp://contoso.sharepoint.com/sites/miljo', 'notAUrl'],
    ['javascript:alert(1)', 'notAUrl'],
    ['http://contoso.sharepoint.com/sites/miljo', 'notHttps'],
    ['https://fabrikam.sharepoint.com/sites/miljo', 'otherTenant'],
    ['https://contoso.sharepoint.com.evil.example/sites/miljo', 'otherTenant']
  ])('%j → %s', (value, problem) => {
    expect(checkSiteUrl(value, current)).toBe(problem);
  });
});

describe('siteUrlMessage', () => {
  const swedish = loadLoc('sv-se');
  const english = loadLoc('en-us');

  it('is empty when the value is fine', () => {
    expect(siteUrlMessage(undefined, current, swedish)).toBe('');
  });

  it('tells the problem in the user\'s language, naming the tenant', () => {
    expect(siteUrlMessage('otherTenant', current, swedish)).toBe(
      'Webbplatsen måste ligga i samma SharePoint-miljö som den här sidan (contoso.sharepoint.com).');
    expect(siteUrlMessage('otherTenant', current, english)).toContain('same SharePoint tenant as this page (contoso.sharepoint.com)');
    expect(siteUrlMessage('notHttps', current, swedish)).toBe(swedish.SiteUrlNotHttps);
    expect(siteUrlMessage('notAUrl', current, english)).toBe(english.SiteUrlNotAUrl);
  });
});
