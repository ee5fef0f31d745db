import { checkPageUrl, checkSiteUrl, pageUrlMessage, siteUrlMessage, usablePageUrl } from '../siteUrlValidation';
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

describe('the pages that hold a view (for links from elsewhere)', () => {
  const swedish = loadLoc('sv-se');
  const english = loadLoc('en-us');

  it.each([
    ['', undefined],
    ['https://contoso.sharepoint.com/sites/miljo/SitePages/Fordelning.aspx', undefined],
    // A Teams tab lives on another host: any https address will do.
    ['https://teams.microsoft.com/l/entity/abc/tab?context=%7B%7D', undefined],
    ['http://contoso.sharepoint.com/sites/miljo/SitePages/Fordelning.aspx', 'notHttps'],
    ['SitePages/Fordelning.aspx', 'notAUrl'],
    ['javascript:alert(1)', 'notAUrl']
  ])('%j → %s', (value, problem) => {
    expect(checkPageUrl(value)).toBe(problem);
  });

  it('says what is wrong in the user\'s language, and links only to a usable address', () => {
    expect(pageUrlMessage(undefined, swedish)).toBe('');
    expect(pageUrlMessage('notHttps', swedish)).toBe('Adressen måste börja med https://.');
    expect(pageUrlMessage('notAUrl', english)).toMatch(/^This is not a web address/);
    expect(usablePageUrl(' https://contoso.sharepoint.com/sites/miljo/SitePages/MinEnhet.aspx ')).toBe('https://contoso.sharepoint.com/sites/miljo/SitePages/MinEnhet.aspx');
    expect(usablePageUrl('http://contoso.sharepoint.com/x.aspx')).toBeUndefined();
    expect(usablePageUrl('')).toBeUndefined();
    expect(usablePageUrl(undefined)).toBeUndefined();
  });
});
