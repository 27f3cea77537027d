import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  expertisePresenceGet,
  expertisePresenceSet,
  expertiseQueueList,
  expertiseQueueRequests,
  presenceSchema,
  queueRequestsQuerySchema,
  queueViewSchema,
  requestSummarySchema,
  setPresenceBodySchema,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { CurrentStaff, Roles } from '../../auth/auth.decorators';
import { StaffPrincipal, actorOf } from '../../auth/principal';
import { ApiContract, ZodPipe, uuidParam } from '../../http/zod';

const ERRORS = ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'FORBIDDEN', 'VALIDATION_FAILED'] as const;

/** The expert console: my queues with their figures, their requests, my presence. */
@ApiTags('expertise')
@ApiBearerAuth()
@Controller('api/v1/expertise')
@Roles('expert')
export class ExpertiseQueuesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('queues')
  @ApiContract({ response: z.object({ items: z.array(queueViewSchema) }), errors: [...ERRORS] })
  queues(@CurrentStaff() principal: StaffPrincipal) {
    return this.rpc.request(expertiseQueueList, { actor: actorOf(principal) });
  }

  @Get('queues/:id/requests')
  @ApiContract({ query: queueRequestsQuerySchema, response: z.object({ items: z.array(requestSummarySchema) }), errors: [...ERRORS, 'NOT_FOUND'] })
  requests(
    @CurrentStaff() principal: StaffPrincipal,
    @Param('id', uuidParam('queue id')) queueId: string,
    @Query(new ZodPipe(queueRequestsQuerySchema, 'query')) query: z.output<typeof queueRequestsQuerySchema>,
  ) {
    return this.rpc.request(expertiseQueueRequests, { actor: actorOf(principal), queueId, query });
  }

  @Get('presence')
  @ApiContract({ response: presenceSchema, errors: [...ERRORS] })
  presence(@CurrentStaff() principal: StaffPrincipal) {
    return this.rpc.request(expertisePresenceGet, { actor: actorOf(principal) });
  }

  @Put('presence')
  @ApiContract({ body: setPresenceBodySchema, response: presenceSchema, errors: [...ERRORS] })
  setPresence(
    @CurrentStaff() principal: StaffPrincipal,
    @Body(new ZodPipe(setPresenceBodySchema, 'presence')) body: z.output<typeof setPresenceBodySchema>,
  ) {
    return this.rpc.request(expertisePresenceSet, { actor: actorOf(principal), body });
  }
}
