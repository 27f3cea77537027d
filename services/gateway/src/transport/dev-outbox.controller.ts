import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  DomainError,
  ErrorCode,
  OutboxMessage,
  notificationsOutboxList,
  outboxMessageSchema,
  parseOrThrow,
} from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { Public } from '../auth/auth.decorators';
import { GatewayConfig } from '../config';
import { ApiContract } from '../http/zod';

const outboxQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }).strict();

/**
 * Development only (DEV_OUTBOX=true): what the notifications outbox provider "sent", newest first, so a
 * person can open a join link exactly as the invitee would. Public on purpose (the invitee has no
 * account); when the flag is off the route does not exist as far as anyone can tell (404).
 */
@ApiTags('development')
@Public()
@Controller('api/v1/dev/outbox')
export class DevOutboxController {
  constructor(
    private readonly rpc: RpcClient,
    @InjectConfig() private readonly config: GatewayConfig,
  ) {}

  @Get()
  @ApiContract({ query: outboxQuerySchema, response: z.array(outboxMessageSchema), errors: ['NOT_FOUND', 'VALIDATION_FAILED'] })
  async list(@Query() rawQuery: unknown): Promise<OutboxMessage[]> {
    // Checked before the query is parsed: a disabled outbox answers 404 to every request alike.
    if (!this.config.DEV_OUTBOX) throw new DomainError(ErrorCode.NOT_FOUND, 'Not found');
    const query = parseOrThrow(outboxQuerySchema, rawQuery, 'query');
    const { items } = await this.rpc.request(notificationsOutboxList, { limit: query.limit });
    return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
}
