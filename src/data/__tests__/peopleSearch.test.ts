import { isUnknownPerson, maxSuggestions, suggestionsFrom } from '../peopleSearch';

// An entity as SharePoint Online's picker answers one (every EntityData value a string).
const entity = (key: string, displayText: string, email: string, entityType = 'User'): Record<string, unknown> => ({
  Key: key, DisplayText: displayText, IsResolved: true, Description: email, EntityType: entityType,
  EntityData: { IsAltSecIdPresent: 'False', ObjectId: '8f3c…', Title: '', Email: email, MobilePhone: '', OtherMails: '', Department: '' },
  MultipleMatches: [], ProviderName: 'Tenant', ProviderDisplayName: 'Tenant'
});

describe('the people picker\'s answer', () => {
  it('gives the claims login\'s sign-in name, the display name and the e-mail', () => {
    expect(suggestionsFrom([entity('i:0#.f|membership|anna.berg@contoso.se', 'Anna Berg', 'anna.berg@contoso.se')]))
      .toEqual([{ login: 'anna.berg@contoso.se', name: 'Anna Berg', email: 'anna.berg@contoso.se' }]);
  });

  it('reads the JSON string inside the JSON answer as the service sends it', () => {
    const answer = JSON.stringify([entity('i:0#.f|membership|bo.ek@contoso.se', 'Bo Ek', ''), entity('i:0#.f|membership|åsa.ö@contoso.se', 'Åsa Ö', 'asa@contoso.se')]);
    expect(suggestionsFrom(answer)).toEqual([
      { login: 'bo.ek@contoso.se', name: 'Bo Ek', email: undefined },
      { login: 'åsa.ö@contoso.se', name: 'Åsa Ö', email: 'asa@contoso.se' }
    ]);
    expect(suggestionsFrom('[]')).toEqual([]);
  });

  it('leaves out groups, entries without a key and repeats, and falls back to the login for a name', () => {
    expect(suggestionsFrom([
      { Key: 'Miljö Owners', DisplayText: 'Miljö Owners', EntityType: 'SPGroup', EntityData: { SPGroupID: '3' } },
      { Key: 'c:0t.c|tenant|1b2c', DisplayText: 'Alla anställda', EntityType: 'SecGroup', EntityData: {} },
      { DisplayText: 'No key', EntityType: 'User' },
      null,
      entity('i:0#.f|membership|CE@contoso.se', '  ', 'ce@contoso.se'),
      entity('i:0#.f|membership|ce@contoso.se', 'Twice', 'ce@contoso.se')
    ])).toEqual([{ login: 'CE@contoso.se', name: 'CE@contoso.se', email: 'ce@contoso.se' }]);
    expect(suggestionsFrom({ unexpected: true })).toEqual([]);
  });

  it('keeps at most ten', () => {
    const many = Array.from({ length: 25 }, (_, index) => entity(`i:0#.f|membership|p${index}@contoso.se`, `P ${index}`, ''));
    expect(suggestionsFrom(many)).toHaveLength(maxSuggestions);
  });
});

describe('ensureUser\'s refusal', () => {
  it('is SharePoint\'s "could not be found", never any other error', () => {
    expect(isUnknownPerson({ status: 500, message: 'Error making HttpClient request in queryable [500] ::> {"odata.error":{"code":"-2146232832, Microsoft.SharePoint.SPException","message":{"lang":"en-US","value":"The specified user x@y.se could not be found."}}}' })).toBe(true);
    expect(isUnknownPerson({ status: 404, message: 'Not Found' })).toBe(true);
    expect(isUnknownPerson({ status: 500, message: 'Internal Server Error' })).toBe(false);
    expect(isUnknownPerson({ status: 503, message: 'Service Unavailable' })).toBe(false);
    expect(isUnknownPerson(new TypeError('Failed to fetch'))).toBe(false);
  });
});
