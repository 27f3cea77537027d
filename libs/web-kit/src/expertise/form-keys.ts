import { FORM_FIELD_KEY } from '@passerelle/contracts/src/expertise/form-rules';

export { FORM_FIELD_KEY };

/**
 * A field key from its label, for administrators who only type labels: "Durée (jours)" → "dureeJours";
 * unique among `taken` (a number is appended), always of the contract's shape.
 */
export function fieldKeyFrom(label: string, taken: ReadonlySet<string>): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const camel = words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
  const base = (/^[a-z]/.test(camel) ? camel : `field${camel}`).slice(0, 44);
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}${n}`;
  return key;
}
