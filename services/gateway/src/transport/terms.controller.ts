import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  acceptTermsBodySchema,
  identityTermsAccept,
  identityTermsCurrent,
  identityTermsMine,
  myTermsSchema,
  termsAcceptanceSchema,
  termsVersionSchema,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { CurrentStaff, Public, Roles } from '../auth/auth.decorators';
import { StaffPrincipal, actorOf } from '../auth/principal';
import { ApiContract, ZodPipe } from '../http/zod';

const STAFF_ERRORS = ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'FORBIDDEN'] as const;

/** The terms of use: the current version (public, for registration) and the caller's acceptance of it. */
@ApiTags('terms')
@Controller('api/v1')
export class TermsController {
  constructor(private readonly rpc: RpcClient) {}

  @Public()
  @Get('terms/current')
  @ApiContract({ response: termsVersionSchema, errors: ['NOT_FOUND'] })
  current() {
    return this.rpc.request(identityTermsCurrent, {});
  }

  @ApiBearerAuth()
  @Get('me/terms')
  @Roles('requester', 'expert', 'admin')
  @ApiContract({ response: myTermsSchema, errors: [...STAFF_ERRORS] })
  mine(@CurrentStaff() principal: StaffPrincipal) {
    return this.rpc.request(identityTermsMine, { actor: actorOf(principal) });
  }

  /** Records the acceptance of the current version (409 when `termsId` is not the current one). */
  @ApiBearerAuth()
  @Post('me/terms/acceptances')
  @Roles('requester', 'expert', 'admin')
  @ApiContract({
    body: acceptTermsBodySchema,
    response: termsAcceptanceSchema,
    status: 201,
    errors: [...STAFF_ERRORS, 'VALIDATION_FAILED', 'CONFLICT'],
  })
  accept(
    @CurrentStaff() principal: StaffPrincipal,
    @Body(new ZodPipe(acceptTermsBodySchema, 'acceptance')) body: z.output<typeof acceptTermsBodySchema>,
  ) {
    return this.rpc.request(identityTermsAccept, { actor: actorOf(principal), body });
  }
}
