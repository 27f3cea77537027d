import { MigrationInterface, QueryRunner } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** Shared by every service: runs in the service's own schema (the data source's `schema`). */
export class CreateProcessedEvents1763800000000 implements MigrationInterface {
  name = 'CreateProcessedEvents1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    const schema = (runner.connection.options as PostgresConnectionOptions).schema ?? 'public';
    await runner.query(
      `CREATE TABLE "${schema}"."processed_events" ("event_id" uuid NOT NULL, "subject" text NOT NULL, ` +
        `"processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "PK_processed_events" PRIMARY KEY ("event_id"))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const schema = (runner.connection.options as PostgresConnectionOptions).schema ?? 'public';
    await runner.query(`DROP TABLE "${schema}"."processed_events"`);
  }
}
