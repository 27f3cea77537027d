import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  DeviceTestOpenAnswer,
  DeviceTestSignalAnswer,
  deviceTestOpenAnswerSchema,
  deviceTestSignalAnswerSchema,
  deviceTestSignalBodySchema,
  mediaDeviceTestOpen,
  mediaDeviceTestSignal,
} from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import { z } from 'zod';
import { Public } from '../auth/auth.decorators';
import { GatewayConfig } from '../config';
import { AuthRateLimited } from '../http/rate-limits';
import { ApiContract, ZodPipe, uuidParam } from '../http/zod';
import { iceServersFor } from '../media/turn-credentials';

/**
 * The device test's connectivity check (guest page `/join/test`): public, since a guest tries their camera
 * before they have anything but a link. Opening a test is under the strict per-IP budget and media caps
 * how many echo rooms exist; each is the opener's alone (its random key) and closes by itself within a
 * minute. The ICE servers let the test prove the TURN path as a real call would use it.
 */
@ApiTags('device-test')
@Public()
@Controller('api/v1/device-test')
export class DeviceTestController {
  constructor(
    private readonly rpc: RpcClient,
    @InjectConfig() private readonly config: GatewayConfig,
  ) {}

  @Post()
  @HttpCode(201)
  @AuthRateLimited()
  @ApiContract({ response: deviceTestOpenAnswerSchema, errors: ['SERVICE_UNAVAILABLE', 'RATE_LIMITED'] })
  async open(): Promise<DeviceTestOpenAnswer> {
    const opened = await this.rpc.request(mediaDeviceTestOpen, {});
    const { iceServers } = iceServersFor({
      urls: this.config.TURN_URLS,
      secret: this.config.TURN_STATIC_AUTH_SECRET,
      // The test lasts a minute: its TURN credentials need not outlive it by much.
      ttlSeconds: Math.min(this.config.TURN_CREDENTIAL_TTL_SECONDS, 600),
    });
    return { ...opened, iceServers };
  }

  @Post(':testId/signal')
  @HttpCode(200)
  @ApiContract({ body: deviceTestSignalBodySchema, response: deviceTestSignalAnswerSchema, errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT', 'UNPROCESSABLE'] })
  signal(
    @Param('testId', uuidParam('device test id')) testId: string,
    @Body(new ZodPipe(deviceTestSignalBodySchema, 'device test signal')) body: z.output<typeof deviceTestSignalBodySchema>,
  ): Promise<DeviceTestSignalAnswer> {
    return this.rpc.request(mediaDeviceTestSignal, { testId, key: body.key, signal: body.signal });
  }
}
