import { frenchPhoneticKey } from './french-phonetic-key';
import { maskNir } from './nir';
import { normalisePersonName } from './person-name';

describe('NIR mask', () => {
  it('masks all but the last 4 characters and the key', () => {
    expect(maskNir('184127512345640')).toBe('*********3456 40');
  });
});

describe('person name normalisation', () => {
  it('removes accents, expands ligatures, upper-cases and separates words', () => {
    expect(normalisePersonName('Lefèvre')).toBe('LEFEVRE');
    expect(normalisePersonName('  Cœur-de-Lion ')).toBe('COEUR DE LION');
    expect(normalisePersonName("N'Diaye  Françoise")).toBe('N DIAYE FRANCOISE');
    expect(normalisePersonName('Hélène Æbischer')).toBe('HELENE AEBISCHER');
  });
});

describe('French phonetic key (SOUNDEX2)', () => {
  it.each([
    ['Dupont', 'Dupond'],
    ['Lefebvre', 'Lefèvre'],
    ['Gauthier', 'Gautier'],
    ['Philippe', 'Filipe'],
    ['Rousseau', 'Rousso'],
    ['Mathieu', 'Matthieu'],
  ])('%s sounds like %s', (a, b) => {
    expect(frenchPhoneticKey(a)).toBe(frenchPhoneticKey(b));
  });

  it.each([
    ['Martin', 'Bernard'],
    ['Dupont', 'Durand'],
    ['Petit', 'Moreau'],
  ])('%s does not sound like %s', (a, b) => {
    expect(frenchPhoneticKey(a)).not.toBe(frenchPhoneticKey(b));
  });

  it('gives the documented keys', () => {
    expect(frenchPhoneticKey('Dupont')).toBe('DPN');
    expect(frenchPhoneticKey('Martin')).toBe('MRTN');
    expect(frenchPhoneticKey('Bernard')).toBe('BRNR');
    expect(frenchPhoneticKey('Lefebvre')).toBe('LFVR');
  });

  it('never returns an empty key for a name with letters', () => {
    expect(frenchPhoneticKey('A')).toBe('A');
    expect(frenchPhoneticKey('')).toBe('');
  });
});
