import { ServiceDatabase } from '@passerelle/nest-kit';
import { migrations } from './migrations';

/** The `expertise` schema. Its tables arrive with the issues that give this context its features. */
export const database: ServiceDatabase = { schema: 'expertise', entities: [], migrations };
