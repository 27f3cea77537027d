import { ServiceDatabase } from '@passerelle/nest-kit';
import { migrations } from './migrations';

/** The `notifications` schema. Its tables arrive with the issues that give this context its features. */
export const database: ServiceDatabase = { schema: 'notifications', entities: [], migrations };
