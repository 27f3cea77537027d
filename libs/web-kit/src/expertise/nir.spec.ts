import { checkNir, normaliseNir } from './nir';

/** A valid NIR for a 13-character body: the key computed independently of checkNir's code path. */
function withKey(body: string): string {
  const numeric = body.replace('2A', '19').replace('2B', '18');
  return body + String(97 - Number(BigInt(numeric) % 97n)).padStart(2, '0');
}

describe('checkNir', () => {
  it('accepts a number with its right key, written with spaces', () => {
    const nir = withKey('1841275123456');
    const spaced = `${nir.slice(0, 1)} ${nir.slice(1, 3)} ${nir.slice(3, 5)} ${nir.slice(5, 7)} ${nir.slice(7, 10)} ${nir.slice(10, 13)} ${nir.slice(13)}`;
    expect(checkNir(spaced)).toEqual({ ok: true, nir });
  });

  it('accepts the Corsican departments 2A and 2B, in any case', () => {
    expect(checkNir(withKey('18412' + '2A' + '123456').toLowerCase())).toEqual({ ok: true, nir: withKey('184122A123456') });
    expect(checkNir(withKey('184122B123456')).ok).toBe(true);
  });

  it('refuses a wrong key', () => {
    const nir = withKey('2950675123456');
    const wrong = nir.slice(0, 13) + String((Number(nir.slice(13)) % 97) + 1).padStart(2, '0');
    expect(checkNir(wrong)).toEqual({ ok: false, problem: 'invalidKey' });
  });

  it('tells an empty field from a malformed one', () => {
    expect(checkNir('  ')).toEqual({ ok: false, problem: 'required' });
    expect(checkNir('12345')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkNir('1841275123456X1')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('normalises spaces and dots', () => {
    expect(normaliseNir('1.84 12')).toBe('18412');
  });
});
