import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IceServersAnswer, chatSessionGet, iceServersAnswerSchema } from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import { AllowGuests, CurrentPrincipal } from '../auth/auth.decorators';
import { Principal, actorOf } from '../auth/principal';
import { GatewayConfig } from '../config';
import { ApiContract, uuidParam } from '../http/zod';
import { iceServersFor } from '../media/turn-credentials';

/**
 * The ICE servers (TURN with short-lived credentials) a participant's call client passes to its mediasoup
 * transports. Only for participants of that session: chat checks membership (the guard already keeps a
 * guest to its own session), so TURN relay capacity is not handed to strangers.
 */
@ApiTags('calls')
@ApiBearerAuth()
@Controller('api/v1/sessions/:id/ice-servers')
export class IceServersController {
  constructor(
    private readonly rpc: RpcClient,
    @InjectConfig() private readonly config: GatewayConfig,
  ) {}

  @Get()
  @AllowGuests()
  @ApiContract({ response: iceServersAnswerSchema, errors: ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED', 'FORBIDDEN', 'NOT_FOUND'] })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('session id')) sessionId: string): Promise<IceServersAnswer> {
    await this.rpc.request(chatSessionGet, { actor: actorOf(principal), sessionId });
    return iceServersFor({
      urls: this.config.TURN_URLS,
      secret: this.config.TURN_STATIC_AUTH_SECRET,
      ttlSeconds: this.config.TURN_CREDENTIAL_TTL_SECONDS,
    });
  }
}
