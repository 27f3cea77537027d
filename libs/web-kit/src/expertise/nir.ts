/**
 * The French social-security number (NIR) as the requester types it: 13 characters (digits, "2A"/"2B"
 * for Corsica as the department) then a 2-digit key, 97 − (number mod 97). Checked here so a typo is
 * caught before the round trip; identity checks it again and has the final word.
 */
export type NirProblem = 'required' | 'invalid' | 'invalidKey';

const SHAPE = /^[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{6}[0-9]{2}$/;

/** Spaces and dots removed, upper case: "1 84 12 2A 123 456 78" → "184122A12345678". */
export function normaliseNir(input: string): string {
  return input.replace(/[\s.]+/g, '').toUpperCase();
}

export function checkNir(input: string): { ok: true; nir: string } | { ok: false; problem: NirProblem } {
  const nir = normaliseNir(input);
  if (nir === '') return { ok: false, problem: 'required' };
  if (!SHAPE.test(nir)) return { ok: false, problem: 'invalid' };
  const body = nir.slice(0, 5) + corsica(nir.slice(5, 7)) + nir.slice(7, 13);
  const expected = 97n - (BigInt(body) % 97n);
  return expected === BigInt(nir.slice(13)) ? { ok: true, nir } : { ok: false, problem: 'invalidKey' };
}

function corsica(department: string): string {
  if (department === '2A') return '19';
  if (department === '2B') return '18';
  return department;
}
