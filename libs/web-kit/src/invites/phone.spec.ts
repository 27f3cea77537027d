import { checkPhone, displayPhone, regionOf } from './phone';

describe('checkPhone', () => {
  it('normalises an international number to E.164', () => {
    expect(checkPhone(' +33 6 12 34 56 78 ')).toEqual({ ok: true, e164: '+33612345678', international: '+33 6 12 34 56 78' });
  });

  it('reads the 00 international prefix', () => {
    expect(checkPhone('00221 77 123 45 67')).toMatchObject({ ok: true, e164: '+221771234567' });
  });

  it('reads a national number in the default country', () => {
    expect(checkPhone('06 12 34 56 78', 'FR')).toMatchObject({ ok: true, e164: '+33612345678' });
  });

  it('refuses a national number when no country is known', () => {
    expect(checkPhone('06 12 34 56 78')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('refuses a number that cannot exist', () => {
    expect(checkPhone('+33 1')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkPhone('+1 555 0100')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkPhone('call me')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('says a missing number is required', () => {
    expect(checkPhone('   ')).toEqual({ ok: false, problem: 'required' });
  });
});

describe('regionOf', () => {
  it('takes the region of a language tag', () => {
    expect(regionOf('fr-SN')).toBe('SN');
    expect(regionOf('ar')).toBeUndefined();
    expect(regionOf('uk-UA')).toBe('UA');
    expect(regionOf(undefined)).toBeUndefined();
  });
});

describe('displayPhone', () => {
  it('groups the digits of an E.164 number', () => {
    expect(displayPhone('+221771234567')).toBe('+221 77 123 45 67');
    expect(displayPhone('not a number')).toBe('not a number');
  });
});
