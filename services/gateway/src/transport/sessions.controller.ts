import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  SessionView,
  chatReportRender,
  chatSessionGet,
  chatSessionStart,
  chatSessionTerminate,
  sessionViewSchema,
  terminateModeSchema,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import type { Response } from 'express';
import { z } from 'zod';
import { AllowGuests, CurrentPrincipal, CurrentStaff } from '../auth/auth.decorators';
import { Principal, StaffPrincipal, actorOf } from '../auth/principal';
import { ObjectStorage } from '../files/object-storage';
import { sendObject } from '../files/send-object';
import { ApiContract, ZodPipe, uuidParam } from '../http/zod';

const terminateBodySchema = z.object({ mode: terminateModeSchema }).strict();
const AUTH_ERRORS = ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'FORBIDDEN', 'NOT_FOUND'] as const;

/** A session's state and lifecycle. Chat checks membership (owner, organisation admin, participant). */
@ApiTags('sessions')
@ApiBearerAuth()
@Controller('api/v1/sessions/:id')
export class SessionsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly storage: ObjectStorage,
  ) {}

  @Get()
  @AllowGuests()
  @ApiContract({ response: sessionViewSchema, errors: [...AUTH_ERRORS] })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('session id')) sessionId: string): Promise<SessionView> {
    return this.rpc.request(chatSessionGet, { actor: actorOf(principal), sessionId });
  }

  /** Admits the waiting guest: only while one is connected (CONFLICT otherwise). */
  @Post('start')
  @HttpCode(200)
  @ApiContract({ response: sessionViewSchema, errors: [...AUTH_ERRORS, 'CONFLICT'] })
  start(@CurrentStaff() principal: StaffPrincipal, @Param('id', uuidParam('session id')) sessionId: string): Promise<SessionView> {
    return this.rpc.request(chatSessionStart, { actor: actorOf(principal), sessionId });
  }

  /** `close` ends it (purged after the grace period); `keep-open` leaves it usable later. */
  @Post('terminate')
  @HttpCode(200)
  @ApiContract({ body: terminateBodySchema, response: sessionViewSchema, errors: [...AUTH_ERRORS, 'VALIDATION_FAILED', 'CONFLICT'] })
  terminate(
    @CurrentStaff() principal: StaffPrincipal,
    @Param('id', uuidParam('session id')) sessionId: string,
    @Body(new ZodPipe(terminateBodySchema, 'terminate request')) body: z.output<typeof terminateBodySchema>,
  ): Promise<SessionView> {
    return this.rpc.request(chatSessionTerminate, { actor: actorOf(principal), sessionId, mode: body.mode });
  }

  /** The session report (start, participants, transcript with attachment names), until the purge. */
  @Get('report.pdf')
  @ApiContract({ binary: 'application/pdf', errors: [...AUTH_ERRORS, 'CONFLICT', 'SERVICE_UNAVAILABLE'] })
  async report(
    @CurrentStaff() principal: StaffPrincipal,
    @Param('id', uuidParam('session id')) sessionId: string,
    @Res() response: Response,
  ): Promise<void> {
    // Rendering takes a while (Chromium): a longer timeout than the default request one.
    const report = await this.rpc.request(chatReportRender, { actor: actorOf(principal), sessionId }, { timeoutMs: 30_000 });
    const object = await this.storage.open(report.bucket, report.objectName);
    await sendObject(response, object, { mimeType: 'application/pdf', fileName: report.fileName, disposition: 'attachment' });
  }
}
