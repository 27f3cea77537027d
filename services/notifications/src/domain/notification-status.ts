import type { NOTIFICATION_STATUSES } from '@passerelle/contracts';

/** See the contract: queued → sent → delivered, or failed (retries spent, or the provider said so). */
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
