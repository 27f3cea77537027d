import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  InviteView,
  StaffActor,
  chatSessionSummaries,
  createInviteBodySchema,
  inviteListItemSchema,
  inviteViewSchema,
  invitationsInviteCreate,
  invitationsInviteList,
  invitationsInviteResend,
  invitationsInviteRevoke,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { StaffPrincipal, actorOf } from '../auth/principal';
import { ApiContract, ZodPipe, uuidParam } from '../http/zod';

const listQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(200) }).strict();
const inviteListSchema = z.object({ items: z.array(inviteListItemSchema) });
type InviteListItem = z.infer<typeof inviteListItemSchema>;

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

  /** Newest first, each with its session's state (status, waiting, purge date) from chat. */
  @Get()
  @Roles('requester', 'admin')
  @ApiContract({ query: listQuerySchema, response: inviteListSchema, errors: [...STAFF_ERRORS, 'VALIDATION_FAILED'] })
  async list(
    @CurrentStaff() principal: StaffPrincipal,
    @Query(new ZodPipe(listQuerySchema, 'query')) query: z.output<typeof listQuerySchema>,
  ): Promise<{ items: InviteListItem[] }> {
    const actor = actorOf(principal);
    const { items: invites } = await this.rpc.request(invitationsInviteList, { actor, limit: query.limit });
    const sessions = await this.sessionStates(actor, invites);
    const items = invites
      .map((invite) => ({ ...invite, session: sessions.get(invite.sessionId) ?? null }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { items };
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

  private async sessionStates(actor: StaffActor, invites: InviteView[]) {
    const sessionIds = [...new Set(invites.map((invite) => invite.sessionId))];
    const states = new Map<string, NonNullable<InviteListItem['session']>>();
    if (sessionIds.length === 0) return states;
    const { items } = await this.rpc.request(chatSessionSummaries, { actor, sessionIds });
    for (const { id, status, waiting, purgeAt } of items) states.set(id, { status, waiting, purgeAt });
    return states;
  }
}
