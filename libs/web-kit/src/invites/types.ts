import type {
  InviteView,
  Language,
  RpcRequest,
  RpcResponse,
  invitationsInviteCreate,
  invitationsInvitePreview,
  invitationsInviteRedeem,
} from '@passerelle/contracts';
import type { CHANNELS, INVITE_KINDS, INVITE_LIST_FILTERS } from '@passerelle/contracts/src/value-lists';

/**
 * The gateway's invitation shapes as the browser receives and sends them: the contracts' types
 * (libs/contracts/src/invitations/invites.ts, scheduling/schedule.ts, notifications/messages.ts).
 */
export { CHANNELS, INVITE_KINDS, INVITE_LIST_FILTERS } from '@passerelle/contracts/src/value-lists';
export type { InviteListItem, InviteView, OutboxMessage, SlotView } from '@passerelle/contracts';

/** Languages invitees are written to: the same six as the interface. */
export type InviteLanguage = Language;
export type Channel = (typeof CHANNELS)[number];
export type InviteKind = (typeof INVITE_KINDS)[number];
export type InviteListFilter = (typeof INVITE_LIST_FILTERS)[number];
export type InviteStatus = InviteView['status'];
export type Invitee = InviteView['invitee'];

/**
 * Body of `POST /invites` as the new-invite form sends it: the contract's input (the gateway adds the
 * actor) with the language and channel, defaulted by the contract, always chosen.
 */
export type CreateInviteBody = RpcRequest<typeof invitationsInviteCreate>['body'] & {
  invitee: Pick<Invitee, 'language' | 'channel'>;
};
/** "Plan later": the local date and time (`YYYY-MM-DDTHH:mm`) in the invitee's zone. */
export type ScheduleBody = NonNullable<CreateInviteBody['schedule']>;

/** Answer of `POST /invites` (201): the invite. */
export type CreatedInvite = InviteView;

/** Answer of `POST /join/preview`: what the guest page shows before the terms are accepted. */
export type JoinPreview = RpcResponse<typeof invitationsInvitePreview>;

/** Answer of `POST /join`: a guest token scoped to one session. */
export type JoinResult = RpcResponse<typeof invitationsInviteRedeem>;
