import { InitialSchema1795319832484 } from './1795319832484-initial-schema';

/** In order of creation; the shared processed_events migration is added by nest-kit. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [InitialSchema1795319832484];
