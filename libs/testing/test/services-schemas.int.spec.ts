import { dataSourceOptions, pendingSchemaChanges, ServiceDatabase } from '@passerelle/nest-kit';
import { testStack } from '@passerelle/testing';
import { DataSource } from 'typeorm';
import { database as chat } from '../../../services/chat/src/infra/database';
import { database as expertise } from '../../../services/expertise/src/infra/database';
import { database as identity } from '../../../services/identity/src/infra/database';
import { database as invitations } from '../../../services/invitations/src/infra/database';
import { database as media } from '../../../services/media/src/infra/database';
import { database as notifications } from '../../../services/notifications/src/infra/database';
import { database as scheduling } from '../../../services/scheduling/src/infra/database';

const databases: ServiceDatabase[] = [identity, invitations, scheduling, expertise, chat, media, notifications];
const { databaseUrl } = testStack();

describe('each service owns a migrated schema', () => {
  it.each(databases.map((db) => [db.schema, db] as const))('%s: migrations ran and match the entities', async (_name, db) => {
    const dataSource = await new DataSource(dataSourceOptions(databaseUrl, db, 'schema-check')).initialize();
    try {
      const applied = await dataSource.query(`SELECT name FROM "${db.schema}".migrations`);
      expect(applied.length).toBe(db.migrations.length + 1);
      // CI fails when someone changes an entity without generating its migration.
      expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
