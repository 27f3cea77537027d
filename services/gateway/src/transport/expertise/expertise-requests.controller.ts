import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  RequestDetail,
  closeRequestBodySchema,
  createRequestBodySchema,
  expertiseRequestClose,
  expertiseRequestCreate,
  expertiseRequestGet,
  expertiseRequestList,
  expertiseRequestPost,
  expertiseRequestRelease,
  expertiseRequestSend,
  expertiseRequestTake,
  expertiseRequestTransfer,
  expertiseRequestUpdateDraft,
  listRequestsQuerySchema,
  postEntryBodySchema,
  requestDetailSchema,
  requestSummarySchema,
  transferRequestBodySchema,
  updateDraftBodySchema,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { CurrentStaff, Roles } from '../../auth/auth.decorators';
import { StaffPrincipal, actorOf } from '../../auth/principal';
import { ApiContract, ZodPipe, uuidParam } from '../../http/zod';

const ERRORS = ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'FORBIDDEN', 'VALIDATION_FAILED', 'NOT_FOUND'] as const;
const requestId = () => Param('id', uuidParam('request id'));

/**
 * Tele-expertise requests. Expertise decides who may read and change each one (its holder, those who
 * transferred it, the experts of its queue, the expert who took it); the gateway checks the role.
 */
@ApiTags('expertise')
@ApiBearerAuth()
@Controller('api/v1/expertise/requests')
export class ExpertiseRequestsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles('requester', 'admin')
  @ApiContract({ body: createRequestBodySchema, response: requestDetailSchema, status: 201, errors: [...ERRORS, 'UNPROCESSABLE'] })
  create(
    @CurrentStaff() principal: StaffPrincipal,
    @Body(new ZodPipe(createRequestBodySchema, 'request')) body: z.output<typeof createRequestBodySchema>,
  ): Promise<RequestDetail> {
    return this.rpc.request(expertiseRequestCreate, { actor: actorOf(principal), body });
  }

  /** The requester's dashboard, newest first, with `unread` answers. */
  @Get()
  @Roles('requester', 'admin')
  @ApiContract({ query: listRequestsQuerySchema, response: z.object({ items: z.array(requestSummarySchema) }), errors: [...ERRORS] })
  list(@CurrentStaff() principal: StaffPrincipal, @Query(new ZodPipe(listRequestsQuerySchema, 'query')) query: z.output<typeof listRequestsQuerySchema>) {
    return this.rpc.request(expertiseRequestList, { actor: actorOf(principal), query });
  }

  @Get(':id')
  @Roles('requester', 'expert', 'admin')
  @ApiContract({ response: requestDetailSchema, errors: [...ERRORS] })
  get(@CurrentStaff() principal: StaffPrincipal, @requestId() id: string): Promise<RequestDetail> {
    return this.rpc.request(expertiseRequestGet, { actor: actorOf(principal), requestId: id });
  }

  @Put(':id/form')
  @Roles('requester', 'admin')
  @ApiContract({ body: updateDraftBodySchema, response: requestDetailSchema, errors: [...ERRORS, 'CONFLICT'] })
  updateDraft(
    @CurrentStaff() principal: StaffPrincipal,
    @requestId() id: string,
    @Body(new ZodPipe(updateDraftBodySchema, 'form')) body: z.output<typeof updateDraftBodySchema>,
  ): Promise<RequestDetail> {
    return this.rpc.request(expertiseRequestUpdateDraft, { actor: actorOf(principal), requestId: id, body });
  }

  /** 422 UNPROCESSABLE with `form.<key>` issues when a mandatory field is missing or a value does not fit. */
  @Post(':id/send')
  @HttpCode(200)
  @Roles('requester', 'admin')
  @ApiContract({ response: requestDetailSchema, errors: [...ERRORS, 'CONFLICT', 'UNPROCESSABLE'] })
  send(@CurrentStaff() principal: StaffPrincipal, @requestId() id: string): Promise<RequestDetail> {
    return this.rpc.request(expertiseRequestSend, { actor: actorOf(principal), requestId: id });
  }

  /** 409 CONFLICT when another expert took it first. */
  @Post(':id/take')
  @HttpCode(200)
  @Roles('expert')
  @ApiContract({ response: requestDetailSchema, errors: [...ERRORS, 'CONFLICT'] })
  take(@CurrentStaff() principal: StaffPrincipal, @requestId() id: string): Promise<RequestDetail> {
    return this.rpc.request(expertiseRequestTake, { actor: actorOf(principal), requestId: id });
  }

  @Post(':id/release')
  @HttpCode(200)
  @Roles('expert')
  @ApiContract({ response: requestDetailSchema, errors: [...ERRORS, 'CONFLICT'] })
  release(@CurrentStaff() principal: StaffPrincipal, @requestId() id: string): Promise<RequestDetail> {
    return this.rpc.request(expertiseRequestRelease, { actor: actorOf(principal), requestId: id });
  }

  /** `message` (requester), `answer` or `info-request` (the expert who took it). */
  @Post(':id/messages')
  @Roles('requester', 'expert', 'admin')
  @ApiContract({ body: postEntryBodySchema, response: requestDetailSchema, status: 201, errors: [...ERRORS, 'CONFLICT'] })
  post(
    @CurrentStaff() principal: StaffPrincipal,
    @requestId() id: string,
    @Body(new ZodPipe(postEntryBodySchema, 'message')) body: z.output<typeof postEntryBodySchema>,
  ): Promise<RequestDetail> {
    return this.rpc.request(expertiseRequestPost, { actor: actorOf(principal), requestId: id, body });
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('expert')
  @ApiContract({ body: closeRequestBodySchema, response: requestDetailSchema, errors: [...ERRORS, 'CONFLICT'] })
  close(
    @CurrentStaff() principal: StaffPrincipal,
    @requestId() id: string,
    @Body(new ZodPipe(closeRequestBodySchema, 'conclusion')) body: z.output<typeof closeRequestBodySchema>,
  ): Promise<RequestDetail> {
    return this.rpc.request(expertiseRequestClose, { actor: actorOf(principal), requestId: id, body });
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @Roles('requester', 'admin')
  @ApiContract({ body: transferRequestBodySchema, response: requestDetailSchema, errors: [...ERRORS, 'CONFLICT', 'UNPROCESSABLE'] })
  transfer(
    @CurrentStaff() principal: StaffPrincipal,
    @requestId() id: string,
    @Body(new ZodPipe(transferRequestBodySchema, 'transfer')) body: z.output<typeof transferRequestBodySchema>,
  ): Promise<RequestDetail> {
    return this.rpc.request(expertiseRequestTransfer, { actor: actorOf(principal), requestId: id, body });
  }
}
