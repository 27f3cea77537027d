/**
 * French social-security number (NIR) key check. The key is 97 − (the 13-character number mod 97); for
 * Corsica the department "2A" counts as 19 and "2B" as 18 (the number minus 1,000,000 or 2,000,000).
 * The input is already shaped by the contract (nirSchema): 13 characters then 2 digits, upper case.
 */
export function nirKeyIsValid(nir: string): boolean {
  if (!/^[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{6}[0-9]{2}$/.test(nir)) return false;
  const body = nir.slice(0, 13);
  const numeric = body.slice(0, 5) + corsicaDepartment(body.slice(5, 7)) + body.slice(7);
  const expected = 97n - (BigInt(numeric) % 97n);
  return Number(expected) === Number(nir.slice(13));
}

function corsicaDepartment(department: string): string {
  if (department === '2A') return '19';
  if (department === '2B') return '18';
  return department;
}

/** What a view shows: the last 4 characters of the number and the key, e.g. `*********0123 45`. */
export function maskNir(nir: string): string {
  return `${'*'.repeat(9)}${nir.slice(9, 13)} ${nir.slice(13)}`;
}
