/**
 * The French social-security number (NIR): 13 characters — digits, with 2A/2B (Corsica) as the department
 * in positions 6–7 — then a 2-digit key, 97 − (the number mod 97), where "2A" counts as 19 and "2B" as 18.
 * No zod here: the requester portal checks a typed NIR with the same code before identity does.
 */
export const NIR_PATTERN = /^[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{6}[0-9]{2}$/;

/** True when `nir` (no spaces, upper case) has the NIR's shape and its key matches the number. */
export function nirKeyIsValid(nir: string): boolean {
  if (!NIR_PATTERN.test(nir)) return false;
  const numeric = nir.slice(0, 5) + corsicaDepartment(nir.slice(5, 7)) + nir.slice(7, 13);
  const expected = 97n - (BigInt(numeric) % 97n);
  return expected === BigInt(nir.slice(13));
}

function corsicaDepartment(department: string): string {
  if (department === '2A') return '19';
  if (department === '2B') return '18';
  return department;
}
