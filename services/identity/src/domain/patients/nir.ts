/** What a view shows: the last 4 characters of the number and the key, e.g. `*********0123 45`. */
export function maskNir(nir: string): string {
  return `${'*'.repeat(9)}${nir.slice(9, 13)} ${nir.slice(13)}`;
}
