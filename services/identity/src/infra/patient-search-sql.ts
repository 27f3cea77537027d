import type { SearchPatientsQuery } from '@passerelle/contracts';
import { frenchPhoneticKey } from '../domain/patients/french-phonetic-key';
import { normalisePersonName } from '../domain/patients/person-name';

/**
 * Trigram similarity a name must reach to count as an approximate match. pg_trgm's default (0.3) misses
 * one swapped pair of letters in a short name ("DUPNOT" / "DUPONT" share 3 of 11 trigrams: 0.27).
 */
export const APPROXIMATE_SIMILARITY_THRESHOLD = 0.2;

/**
 * pg_trgm lives in schema `public` (see migration PatientSearchTrigramIndexes) while the service's
 * search_path is its own schema: its operator, function and operator class are always named in full.
 */
const SIMILAR = 'OPERATOR(public.%)';
const similarity = (column: string, param: string) => `public.similarity(${column}, ${param})`;

/**
 * The search as one SQL statement: ids and scores of the best matches in one organisation. Approximate
 * search uses the `%` operator so the trigram GIN indexes apply; it must run after
 * `SET LOCAL pg_trgm.similarity_threshold` (see APPROXIMATE_SIMILARITY_THRESHOLD) in the same transaction.
 */
export function patientSearchSql(organisationId: string, query: SearchPatientsQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [organisationId];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['organisation_id = $1'];
  const scores: string[] = [];
  const names = [
    { value: query.lastName, normalised: 'last_name_normalised', phonetic: 'last_name_phonetic' },
    { value: query.firstName, normalised: 'first_name_normalised', phonetic: 'first_name_phonetic' },
  ];
  for (const name of names) {
    if (name.value === undefined) continue;
    const normalised = param(normalisePersonName(name.value));
    if (query.mode === 'exact') {
      where.push(`${name.normalised} = ${normalised}`);
      scores.push('1');
    } else if (query.mode === 'approximate') {
      where.push(`${name.normalised} ${SIMILAR} ${normalised}`);
      scores.push(similarity(name.normalised, normalised));
    } else {
      where.push(`${name.phonetic} = ${param(frenchPhoneticKey(name.value))}`);
      // Among names that sound alike, the closest spelling first.
      scores.push(similarity(name.normalised, normalised));
    }
  }
  if (query.birthDate !== undefined) where.push(`birth_date = ${param(query.birthDate)}`);
  const score = scores.length > 0 ? `(${scores.join(' + ')}) / ${scores.length}` : '1';
  const sql =
    `SELECT id, ${score} AS score FROM patient_identities WHERE ${where.join(' AND ')} ` +
    `ORDER BY score DESC, last_name_normalised, first_name_normalised, id LIMIT ${param(query.limit)}`;
  return { sql, params };
}
