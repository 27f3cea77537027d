import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  DomainError,
  ErrorCode,
  RpcResponse,
  notificationsWebhookSendgrid,
  notificationsWebhookVonage,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import type { Request } from 'express';
import { Public } from '../auth/auth.decorators';
import { ApiContract } from '../http/zod';

/** Where configure-http keeps bodies raw: signatures are computed over the exact bytes. */
export const PROVIDER_WEBHOOKS_PATH = '/api/v1/provider-webhooks';

/** The headers signatures need; cookies and the rest stay here. */
const FORWARDED_HEADERS = [
  'content-type',
  'authorization',
  'x-twilio-email-event-webhook-signature',
  'x-twilio-email-event-webhook-timestamp',
];

type WebhookResult = RpcResponse<typeof notificationsWebhookSendgrid>;

/**
 * Delivery webhooks of the e-mail and SMS providers (they call a public address, no account): the
 * gateway forwards raw body and signature headers to notifications, which verifies the signature and
 * answers 401 to a forged call.
 */
@ApiTags('provider webhooks')
@Public()
@Controller(PROVIDER_WEBHOOKS_PATH.slice(1))
export class ProviderWebhooksController {
  constructor(private readonly rpc: RpcClient) {}

  /** SendGrid signed event webhook. */
  @Post('sendgrid')
  @HttpCode(200)
  @ApiContract({ response: notificationsWebhookSendgrid.response, errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED'] })
  sendgrid(@Req() request: Request): Promise<WebhookResult> {
    return this.rpc.request(notificationsWebhookSendgrid, forwarded(request));
  }

  /** Vonage signed status webhook (Messages API) and JSON delivery receipts. */
  @Post('vonage')
  @HttpCode(200)
  @ApiContract({ response: notificationsWebhookVonage.response, errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED'] })
  vonage(@Req() request: Request): Promise<WebhookResult> {
    return this.rpc.request(notificationsWebhookVonage, forwarded(request));
  }
}

function forwarded(request: Request) {
  if (!Buffer.isBuffer(request.body)) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The webhook body is missing');
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return { rawBody: request.body.toString('utf8'), headers };
}
