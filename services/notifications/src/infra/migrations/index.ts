import { NotificationsAndOutbox1795321541449 } from './1795321541449-notifications-and-outbox';
import { EmailAttachments1796153676689 } from './1796153676689-email-attachments';

/** In order of creation; the shared processed_events migration is added by nest-kit. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [NotificationsAndOutbox1795321541449, EmailAttachments1796153676689];
