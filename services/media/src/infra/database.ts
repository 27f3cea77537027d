import { ServiceDatabase } from '@passerelle/nest-kit';
import { migrations } from './migrations';

/** The `media` schema. Its tables arrive with the issues that give this context its features. */
export const database: ServiceDatabase = { schema: 'media', entities: [], migrations };
