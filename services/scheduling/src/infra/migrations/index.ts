import { PlannedSlots1796153262368 } from './1796153262368-planned-slots';

/** In order of creation; the shared processed_events migration is added by nest-kit. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [PlannedSlots1796153262368];
