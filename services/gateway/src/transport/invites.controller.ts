import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  INVITE_LIST_FILTERS,
  InviteListItem,
  InviteView,
  SlotView,
  StaffActor,
  chatSessionSummaries,
  createInviteBodySchema,
  inviteListItemSchema,
  inviteViewSchema,
  invitationsInviteCancel,
  invitationsInviteCreate,
  invitationsInviteList,
  invitationsInviteReschedule,
  invitationsInviteResend,
  invitationsInviteRevoke,
  notificationsMessageStatus,
  rescheduleInviteBodySchema,
  schedulingSlotList,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { StaffPrincipal, actorOf } from '../auth/principal';
import { ApiContract, ZodPipe, uuidParam } from '../http/zod';
import { filterAndSortInvites } from './invite-list';

const listQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(500).default(200), filter: z.enum(INVITE_LIST_FILTERS).default('all') })
  .strict();
const inviteListSchema = z.object({ items: z.array(inviteListItemSchema) });

const STAFF_ERRORS = ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'FORBIDDEN'] as const;

/** The requester's invites. Invitations decides who sees what (own invites; an admin their organisation's). */
@ApiTags('invites')
@ApiBearerAuth()
@Controller('api/v1/invites')
export class InvitesController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles('requester')
  @ApiContract({ body: createInviteBodySchema, response: inviteViewSchema, status: 201, errors: [...STAFF_ERRORS, 'VALIDATION_FAILED'] })
  create(
    @CurrentStaff() principal: StaffPrincipal,
    @Body(new ZodPipe(createInviteBodySchema, 'invite')) body: z.output<typeof createInviteBodySchema>,
  ): Promise<InviteView> {
    return this.rpc.request(invitationsInviteCreate, { actor: actorOf(principal), body });
  }

  /**
   * Each invite with its session's state (status, waiting, purge date) from chat, its planned slot from
   * scheduling and its last message's delivery from notifications; upcoming planned sessions first
   * (soonest first), then newest first. `filter`: planned, waiting, open, closed.
   */
  @Get()
  @Roles('requester', 'admin')
  @ApiContract({ query: listQuerySchema, response: inviteListSchema, errors: [...STAFF_ERRORS, 'VALIDATION_FAILED'] })
  async list(
    @CurrentStaff() principal: StaffPrincipal,
    @Query(new ZodPipe(listQuerySchema, 'query')) query: z.output<typeof listQuerySchema>,
  ): Promise<{ items: InviteListItem[] }> {
    const actor = actorOf(principal);
    const { items: invites } = await this.rpc.request(invitationsInviteList, { actor, limit: query.limit });
    const [sessions, slots, deliveries] = await Promise.all([
      this.sessionStates(actor, invites),
      this.slots(invites),
      this.deliveries(invites),
    ]);
    const items = invites.map((invite) => ({
      ...invite,
      session: sessions.get(invite.sessionId) ?? null,
      schedule: slots.get(invite.id) ?? null,
      delivery: (invite.notificationId && deliveries.get(invite.notificationId)) || null,
    }));
    return { items: filterAndSortInvites(items, query.filter, new Date()) };
  }

  /** Moves a planned invite (the invitee is told the new time; the same link works in the new window). */
  @Post(':id/reschedule')
  @HttpCode(200)
  @Roles('requester', 'admin')
  @ApiContract({
    body: rescheduleInviteBodySchema,
    response: inviteViewSchema,
    errors: [...STAFF_ERRORS, 'VALIDATION_FAILED', 'NOT_FOUND', 'UNPROCESSABLE'],
  })
  reschedule(
    @CurrentStaff() principal: StaffPrincipal,
    @Param('id', uuidParam('invite id')) inviteId: string,
    @Body(new ZodPipe(rescheduleInviteBodySchema, 'reschedule')) body: z.output<typeof rescheduleInviteBodySchema>,
  ): Promise<InviteView> {
    return this.rpc.request(invitationsInviteReschedule, { actor: actorOf(principal), inviteId, schedule: body.schedule });
  }

  /** Cancels a planned invite: its link is revoked, its reminders removed, the invitee told. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('requester', 'admin')
  @ApiContract({ response: inviteViewSchema, errors: [...STAFF_ERRORS, 'NOT_FOUND', 'UNPROCESSABLE'] })
  cancel(@CurrentStaff() principal: StaffPrincipal, @Param('id', uuidParam('invite id')) inviteId: string): Promise<InviteView> {
    return this.rpc.request(invitationsInviteCancel, { actor: actorOf(principal), inviteId });
  }

  @Post(':id/resend')
  @HttpCode(200)
  @Roles('requester', 'admin')
  @ApiContract({ response: inviteViewSchema, errors: [...STAFF_ERRORS, 'NOT_FOUND', 'CONFLICT'] })
  resend(@CurrentStaff() principal: StaffPrincipal, @Param('id', uuidParam('invite id')) inviteId: string): Promise<InviteView> {
    return this.rpc.request(invitationsInviteResend, { actor: actorOf(principal), inviteId });
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Roles('requester', 'admin')
  @ApiContract({ response: inviteViewSchema, errors: [...STAFF_ERRORS, 'NOT_FOUND', 'CONFLICT'] })
  revoke(@CurrentStaff() principal: StaffPrincipal, @Param('id', uuidParam('invite id')) inviteId: string): Promise<InviteView> {
    return this.rpc.request(invitationsInviteRevoke, { actor: actorOf(principal), inviteId });
  }

  private async slots(invites: InviteView[]): Promise<Map<string, SlotView>> {
    const inviteIds = invites.filter((invite) => invite.planned).map((invite) => invite.id);
    if (inviteIds.length === 0) return new Map();
    const { items } = await this.rpc.request(schedulingSlotList, { inviteIds });
    return new Map(items.map((slot) => [slot.inviteId, slot]));
  }

  /** "Not delivered" and its reason come from the dead-letter state of the last message. */
  private async deliveries(invites: InviteView[]): Promise<Map<string, NonNullable<InviteListItem['delivery']>>> {
    const notificationIds = invites.flatMap((invite) => (invite.notificationId ? [invite.notificationId] : [])).slice(0, 200);
    if (notificationIds.length === 0) return new Map();
    const { items } = await this.rpc.request(notificationsMessageStatus, { notificationIds });
    return new Map(items.map((item) => [item.id, { status: item.status, reason: item.status === 'failed' ? (item.lastError ?? null) : null }]));
  }

  private async sessionStates(actor: StaffActor, invites: InviteView[]) {
    const sessionIds = [...new Set(invites.map((invite) => invite.sessionId))];
    const states = new Map<string, NonNullable<InviteListItem['session']>>();
    if (sessionIds.length === 0) return states;
    const { items } = await this.rpc.request(chatSessionSummaries, { actor, sessionIds });
    for (const { id, status, waiting, purgeAt } of items) states.set(id, { status, waiting, purgeAt });
    return states;
  }
}
