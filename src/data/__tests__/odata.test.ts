import { eq, idWindow, quote } from '../odata';
import { loginFromClaims, toPerson } from '../people';

describe('OData literals', () => {
  it.each([
    ["Kajutan", "'Kajutan'"],
    ["Regionens 'bästa' enhet", "'Regionens ''bästa'' enhet'"],
    ["Mat & måltider #1 🌱", "'Mat & måltider #1 🌱'"],
    ["''", "''''''"]
  ])('quotes %j as %s', (text, literal) => {
    expect(quote(text)).toBe(literal);
  });

  it('writes numbers and booleans as SharePoint compares them', () => {
    expect(eq('MiljoYear', 2023)).toBe('MiljoYear eq 2023');
    expect(eq('Closed', true)).toBe('Closed eq 1');
    expect(eq('Title', "O'Brien")).toBe("Title eq 'O''Brien'");
  });

  it('windows item ids half-open', () => {
    expect(idWindow(1, 5001)).toBe('ID ge 1 and ID lt 5001');
  });
});

describe('people', () => {
  it('reads the login out of a claims name', () => {
    expect(loginFromClaims('i:0#.f|membership|anna@region.se')).toBe('anna@region.se');
    expect(loginFromClaims('anna@region.se')).toBe('anna@region.se');
  });

  it('maps an expanded User field, and nothing to undefined', () => {
    expect(toPerson({ Id: 7, Title: 'Anna', Name: 'i:0#.f|membership|anna@region.se', EMail: 'anna@region.se' }))
      .toEqual({ login: 'anna@region.se', name: 'Anna', email: 'anna@region.se' });
    expect(toPerson(null)).toBeUndefined();
    expect(toPerson({})).toBeUndefined();
  });
});
