import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written and reviewed, the one exception to generated migrations, because neither statement can be
 * generated: TypeORM does not manage extensions, and cannot express a GIN index with an operator class
 * (the entity marks these two indexes `synchronize: false`, so the schema check ignores them).
 *
 * pg_trgm ships with Debian's Postgres (postgresql-contrib is part of the server package) and is a trusted
 * extension: a role with CREATE on the database may install it. It is installed in schema `public` so
 * every service finds it under the same name (the search code names `public.%`, `public.similarity`);
 * where the service's role may not create it, a DBA runs the same statement beforehand and this one is a
 * no-op. The extension is left in place on the way down: another service may use it.
 */
export class PatientSearchTrigramIndexes1795323235928 implements MigrationInterface {
  name = 'PatientSearchTrigramIndexes1795323235928';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await runner.query(
      'CREATE INDEX "IDX_patient_identities_last_name_trgm" ON "identity"."patient_identities" USING gin ("last_name_normalised" public.gin_trgm_ops)',
    );
    await runner.query(
      'CREATE INDEX "IDX_patient_identities_first_name_trgm" ON "identity"."patient_identities" USING gin ("first_name_normalised" public.gin_trgm_ops)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX "identity"."IDX_patient_identities_first_name_trgm"');
    await runner.query('DROP INDEX "identity"."IDX_patient_identities_last_name_trgm"');
  }
}
