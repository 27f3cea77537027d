import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Message,
  RpcResponse,
  chatMessageList,
  chatMessagePost,
  listMessagesQuerySchema,
  messageSchema,
  postMessageBodySchema,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { AllowGuests, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal, actorOf } from '../auth/principal';
import { ApiContract, ZodPipe, uuidParam } from '../http/zod';

const AUTH_ERRORS = ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'FORBIDDEN', 'NOT_FOUND'] as const;

/** The session's chat, for its staff and its guests alike. */
@ApiTags('messages')
@ApiBearerAuth()
@AllowGuests()
@Controller('api/v1/sessions/:id/messages')
export class MessagesController {
  constructor(private readonly rpc: RpcClient) {}

  /** In order; `?after=<cursor>` returns only what came later, so a reconnecting client catches up without duplicates. */
  @Get()
  @ApiContract({ query: listMessagesQuerySchema, response: chatMessageList.response, errors: [...AUTH_ERRORS, 'VALIDATION_FAILED'] })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('session id')) sessionId: string,
    @Query(new ZodPipe(listMessagesQuerySchema, 'query')) query: z.output<typeof listMessagesQuerySchema>,
  ): Promise<RpcResponse<typeof chatMessageList>> {
    return this.rpc.request(chatMessageList, { actor: actorOf(principal), sessionId, ...query });
  }

  /** Only while the session is active or kept open: CONFLICT otherwise (a closed session refuses messages). */
  @Post()
  @ApiContract({ body: postMessageBodySchema, response: messageSchema, status: 201, errors: [...AUTH_ERRORS, 'VALIDATION_FAILED', 'CONFLICT'] })
  post(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('session id')) sessionId: string,
    @Body(new ZodPipe(postMessageBodySchema, 'message')) body: z.output<typeof postMessageBodySchema>,
  ): Promise<Message> {
    return this.rpc.request(chatMessagePost, { actor: actorOf(principal), sessionId, ...body });
  }
}
