import { ExpertiseRequests1796153661529 } from './1796153661529-expertise-requests';

/** In order of creation; the shared processed_events migration is added by nest-kit. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [ExpertiseRequests1796153661529];
