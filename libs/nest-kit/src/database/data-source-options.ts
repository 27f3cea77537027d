import { DataSource, DataSourceOptions } from 'typeorm';
import { ProcessedEventEntity } from '../events/processed-event.entity';
import { CreateProcessedEvents1763800000000 } from '../events/processed-events.migration';

export interface ServiceDatabase {
  /** The Postgres schema the service owns, named after it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}

export function dataSourceOptions(url: string, db: ServiceDatabase, applicationName: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    schema: db.schema,
    applicationName,
    entities: [ProcessedEventEntity, ...db.entities],
    migrations: [CreateProcessedEvents1763800000000, ...db.migrations],
    migrationsTableName: 'migrations',
    synchronize: false,
    // gen_random_uuid() is built into Postgres 13+: no extension to create, which service roles may not do.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logging: false,
    // Raw SQL in the service then names its own tables without a schema prefix.
    extra: { max: 10, options: `-c search_path=${db.schema}` },
  };
}

/**
 * Creates the schema and runs pending migrations under an advisory lock, so replicas starting together
 * migrate once.
 */
export async function migrate(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`passerelle-migrations:${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`passerelle-migrations:${schema}`]).catch(() => {});
    await runner.release();
  }
}

/** SQL the entities would still need after the migrations ran: empty when migrations and entities agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}
