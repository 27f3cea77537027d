import { normalisePersonName } from './person-name';

/**
 * A sounds-alike key for French names: F. Brouard's SOUNDEX2, the French adaptation of Soundex
 * (https://sqlpro.developpez.com/cours/soundex/), with two additions that French spelling needs:
 * - "BV" → "V" before anything else (the silent B of Lefebvre, Febvre: Lefebvre ~ Lefèvre);
 * - "PH" → "FF" anywhere, not only as a prefix (Raphaël ~ Rafaël, Philippe ~ Filipe).
 * Steps, on the name without accents, in upper case, letters only:
 *  1. GUI→KI, GUE→KE, GA→KA, GO→KO, GU→K, CA→KA, CO→KO, CU→KU, Q→K, CC→K, CK→K;
 *  2. every vowel but Y, except the first letter, becomes A;
 *  3. prefixes MAC→MCC, ASA→AZA, KN→NN, PF→FF, SCH→SSS;
 *  4. H is dropped unless it follows C or S; Y is dropped unless it follows A;
 *  5. one final A, T, D or S is dropped;
 *  6. every A but a leading one is dropped; repeated letters collapse;
 *  7. the first 4 letters are the key.
 * Dupont and Dupond → "DPN"; Martin → "MRTN", Bernard → "BRNR".
 */
export function frenchPhoneticKey(name: string): string {
  const letters = normalisePersonName(name).replace(/[^A-Z]/g, '');
  if (letters.length === 0) return '';
  let s = letters.replace(/BV/g, 'V');
  for (const [from, to] of CONSONANT_SPELLINGS) s = s.replaceAll(from, to);
  s = s[0] + s.slice(1).replace(/[EIOU]/g, 'A');
  for (const [from, to] of PREFIXES) if (s.startsWith(from)) s = to + s.slice(from.length);
  s = s.replace(/PH/g, 'FF');
  s = s.replace(/([^CS])H/g, '$1').replace(/^H/, '');
  s = s.replace(/([^A])Y/g, '$1').replace(/^Y(?!$)/, '');
  s = s.replace(/[ATDS]$/, '');
  s = (s[0] ?? '') + s.slice(1).replace(/A/g, '');
  s = s.replace(/(.)\1+/g, '$1');
  // A name made only of dropped letters ("A", "Ha") keeps its first letter rather than an empty key.
  return (s || letters[0]!).slice(0, 4);
}

const CONSONANT_SPELLINGS: [string, string][] = [
  ['GUI', 'KI'],
  ['GUE', 'KE'],
  ['GA', 'KA'],
  ['GO', 'KO'],
  ['GU', 'K'],
  ['CA', 'KA'],
  ['CO', 'KO'],
  ['CU', 'KU'],
  ['Q', 'K'],
  ['CC', 'K'],
  ['CK', 'K'],
];

const PREFIXES: [string, string][] = [
  ['MAC', 'MCC'],
  ['ASA', 'AZA'],
  ['KN', 'NN'],
  ['PF', 'FF'],
  ['SCH', 'SSS'],
];
