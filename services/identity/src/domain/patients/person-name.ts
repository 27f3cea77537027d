/**
 * The form names are searched in: accents and other diacritics removed (é → E, ç → C), ligatures
 * expanded (œ → OE, æ → AE), upper case, apostrophes and hyphens as spaces, spaces collapsed.
 * "Lefèvre-Dupont" → "LEFEVRE DUPONT".
 */
export function normalisePersonName(name: string): string {
  return name
    .replace(/œ/gi, (m) => (m === 'œ' ? 'oe' : 'OE'))
    .replace(/æ/gi, (m) => (m === 'æ' ? 'ae' : 'AE'))
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}
