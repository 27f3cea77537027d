import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RpcResponse, invitationsInvitePreview, invitationsInviteRedeem, joinBodySchema } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { Public } from '../auth/auth.decorators';
import { AuthRateLimited } from '../http/rate-limits';
import { ApiContract, ZodPipe } from '../http/zod';

const previewBodySchema = invitationsInvitePreview.request;
const joinResponseSchema = invitationsInviteRedeem.response;
const LINK_ERRORS = ['VALIDATION_FAILED', 'NOT_FOUND', 'UNPROCESSABLE', 'RATE_LIMITED'] as const;

/**
 * The guest join page (`/join/<token>`): no account, the link token is the credential. POST rather than
 * GET so tokens stay out of access logs and browser history. Unknown tokens are 404, expired or revoked
 * ones 422 with an issue `token: expired | revoked` (see the contract), so the page can say which.
 */
@ApiTags('join')
@Public()
@Controller('api/v1/join')
export class JoinController {
  constructor(private readonly rpc: RpcClient) {}

  /** Who invited the guest, in which language, until when: shown before the terms are accepted. */
  @Post('preview')
  @HttpCode(200)
  @AuthRateLimited()
  @ApiContract({ body: previewBodySchema, response: invitationsInvitePreview.response, errors: [...LINK_ERRORS] })
  preview(
    @Body(new ZodPipe(previewBodySchema, 'join link')) body: z.output<typeof previewBodySchema>,
  ): Promise<RpcResponse<typeof invitationsInvitePreview>> {
    return this.rpc.request(invitationsInvitePreview, body);
  }

  /** Accepts the terms and redeems the link: a guest access token scoped to that one session. */
  @Post()
  @HttpCode(200)
  @AuthRateLimited()
  @ApiContract({ body: joinBodySchema, response: joinResponseSchema, errors: [...LINK_ERRORS] })
  join(@Body(new ZodPipe(joinBodySchema, 'join request')) body: z.output<typeof joinBodySchema>): Promise<z.output<typeof joinResponseSchema>> {
    return this.rpc.request(invitationsInviteRedeem, body);
  }
}
