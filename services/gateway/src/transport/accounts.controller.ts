import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  establishmentListSchema,
  identityAccountRegister,
  identityEstablishmentList,
  registerAccountBodySchema,
  registeredAccountSchema,
} from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { Public } from '../auth/auth.decorators';
import { AuthRateLimited } from '../http/rate-limits';
import { ApiContract, ZodPipe } from '../http/zod';

/**
 * Self-registration of external health workers (public): the account stays pending until an
 * administrator of the chosen establishment approves it.
 */
@ApiTags('accounts')
@Public()
@Controller('api/v1')
export class AccountsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('establishments')
  @ApiContract({ response: establishmentListSchema })
  establishments() {
    return this.rpc.request(identityEstablishmentList, {});
  }

  /** 201 `{ id, status: "pending" }`; an e-mail already registered is 409, stale terms 409 `acceptedTermsId`. */
  @AuthRateLimited()
  @Post('accounts')
  @ApiContract({
    body: registerAccountBodySchema,
    response: registeredAccountSchema,
    status: 201,
    errors: ['VALIDATION_FAILED', 'CONFLICT', 'UNPROCESSABLE', 'RATE_LIMITED'],
  })
  register(@Body(new ZodPipe(registerAccountBodySchema, 'registration')) body: z.output<typeof registerAccountBodySchema>) {
    return this.rpc.request(identityAccountRegister, body);
  }
}
