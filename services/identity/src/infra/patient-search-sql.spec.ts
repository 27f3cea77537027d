import { patientSearchSql } from './patient-search-sql';

const ORG = '6f1c2f7e-3a51-4d8e-9a49-2f0d7b1f6c11';

describe('patient search SQL', () => {
  it('always scopes to the organisation, as the first parameter', () => {
    for (const mode of ['exact', 'approximate', 'phonetic'] as const) {
      const { sql, params } = patientSearchSql(ORG, { mode, lastName: 'Dupont', limit: 20 });
      expect(sql).toContain('WHERE organisation_id = $1 AND');
      expect(params[0]).toBe(ORG);
    }
  });

  it('passes names as parameters, normalised, never inside the statement', () => {
    const { sql, params } = patientSearchSql(ORG, { mode: 'approximate', lastName: "Lefèvre-d'Arc", firstName: 'Zoé', limit: 5 });
    expect(sql).not.toMatch(/lef|zo/i);
    expect(params).toEqual([ORG, 'LEFEVRE D ARC', 'ZOE', 5]);
    expect(sql).toContain('last_name_normalised OPERATOR(public.%) $2');
    expect(sql).toContain('first_name_normalised OPERATOR(public.%) $3');
    expect(sql).toContain('(public.similarity(last_name_normalised, $2) + public.similarity(first_name_normalised, $3)) / 2 AS score');
    expect(sql).toMatch(/LIMIT \$4$/);
  });

  it('compares exact names and scores them 1', () => {
    const { sql, params } = patientSearchSql(ORG, { mode: 'exact', lastName: 'dupont', birthDate: '1984-03-12', limit: 20 });
    expect(sql).toContain('last_name_normalised = $2');
    expect(sql).toContain('birth_date = $3');
    expect(sql).toContain('(1) / 1 AS score');
    expect(params).toEqual([ORG, 'DUPONT', '1984-03-12', 20]);
  });

  it('compares phonetic keys and ranks by spelling similarity', () => {
    const { sql, params } = patientSearchSql(ORG, { mode: 'phonetic', lastName: 'Dupond', limit: 20 });
    expect(sql).toContain('last_name_phonetic = $3');
    expect(sql).toContain('public.similarity(last_name_normalised, $2)');
    expect(params).toEqual([ORG, 'DUPOND', 'DPN', 20]);
  });
});
