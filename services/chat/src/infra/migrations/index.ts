import { ChatSessions1795321367500 } from './1795321367500-chat-sessions';

/** In order of creation; the shared processed_events migration is added by nest-kit. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [ChatSessions1795321367500];
