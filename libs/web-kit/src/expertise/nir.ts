import { NIR_PATTERN, nirKeyIsValid } from '@passerelle/contracts/src/identity/nir';

/**
 * The French social-security number (NIR) as the requester types it, checked with the contracts' rule
 * (libs/contracts/src/identity/nir.ts) so a typo is caught before the round trip; identity checks it
 * again and has the final word.
 */
export type NirProblem = 'required' | 'invalid' | 'invalidKey';

/** Spaces and dots removed, upper case: "1 84 12 2A 123 456 78" → "184122A12345678". */
export function normaliseNir(input: string): string {
  return input.replace(/[\s.]+/g, '').toUpperCase();
}

export function checkNir(input: string): { ok: true; nir: string } | { ok: false; problem: NirProblem } {
  const nir = normaliseNir(input);
  if (nir === '') return { ok: false, problem: 'required' };
  if (!NIR_PATTERN.test(nir)) return { ok: false, problem: 'invalid' };
  return nirKeyIsValid(nir) ? { ok: true, nir } : { ok: false, problem: 'invalidKey' };
}
