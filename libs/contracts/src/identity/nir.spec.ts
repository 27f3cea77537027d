import { nirKeyIsValid } from './nir';

/** Builds a NIR with its correct key, computed independently of the code under test. */
function withKey(body: string): string {
  const numeric = body.replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  const key = 97n - (BigInt(numeric) % 97n);
  return body + key.toString().padStart(2, '0');
}

describe('NIR key', () => {
  it('accepts a mainland NIR whose key is 97 − number mod 97', () => {
    // 1 84 12 75 123 456: 97 − (1841275123456 mod 97) = 97 − 57 = 40.
    expect(nirKeyIsValid('184127512345640')).toBe(true);
    expect(nirKeyIsValid(withKey('2930699001017'))).toBe(true);
  });

  it('refuses a wrong key', () => {
    expect(nirKeyIsValid('184127512345641')).toBe(false);
    expect(nirKeyIsValid('184127512345600')).toBe(false);
  });

  it('computes Corsican keys with 2A as 19 and 2B as 18', () => {
    const southCorsica = withKey('185052A004012');
    const northCorsica = withKey('272012B123045');
    expect(nirKeyIsValid(southCorsica)).toBe(true);
    expect(nirKeyIsValid(northCorsica)).toBe(true);
    // The same key read as plain digits "20" would be a different number: the substitution matters.
    expect(nirKeyIsValid(`1850520004012${southCorsica.slice(13)}`)).toBe(false);
    // A 2A key does not validate a 2B number.
    expect(nirKeyIsValid(`185052B004012${southCorsica.slice(13)}`)).toBe(false);
  });

  it('refuses malformed values', () => {
    expect(nirKeyIsValid('18412751234564')).toBe(false);
    expect(nirKeyIsValid('1841275123456A0')).toBe(false);
    expect(nirKeyIsValid('18412C512345640')).toBe(false);
  });
});
