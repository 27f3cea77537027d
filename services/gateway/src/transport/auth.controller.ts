import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  DomainError,
  ErrorCode,
  SessionResponse,
  TokenPair,
  identityLoginV2,
  identityLogout,
  identityOtpResend,
  identityOtpVerify,
  identityRefresh,
  identityUserGet,
  loginRequestSchema,
  otpChallengeSchema,
  resendOtpBodySchema,
  sessionResponseSchema,
  userProfileSchema,
  verifyOtpBodySchema,
} from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { CurrentStaff, Public } from '../auth/auth.decorators';
import { AuthRateLimited } from '../http/rate-limits';
import { StaffPrincipal } from '../auth/principal';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from '../auth/refresh-cookie';
import { GatewayConfig } from '../config';
import { ApiContract, ZodPipe } from '../http/zod';

// Browsers send no body: the httpOnly cookie carries the token.
const refreshBodySchema = z.object({}).strict().default({});

/** External accounts get no session from their password: they get a one-time-code challenge to answer. */
const otpRequiredSchema = z.object({ otpChallenge: otpChallengeSchema });
const loginResponseSchema = z.union([sessionResponseSchema, otpRequiredSchema]);

@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(
    private readonly rpc: RpcClient,
    @InjectConfig() private readonly config: GatewayConfig,
  ) {}

  @Public()
  @AuthRateLimited()
  @Post('auth/login')
  @HttpCode(200)
  @ApiContract({
    body: loginRequestSchema,
    response: loginResponseSchema,
    errors: ['VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'FORBIDDEN', 'RATE_LIMITED'],
  })
  async login(
    @Body(new ZodPipe(loginRequestSchema, 'login')) body: z.output<typeof loginRequestSchema>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<z.output<typeof loginResponseSchema>> {
    const outcome = await this.rpc.request(identityLoginV2, body);
    if (outcome.outcome === 'otp-required') return { otpChallenge: outcome.challenge };
    return this.withCookie(outcome.session, response);
  }

  /** Second step of an external account's login: the 6-digit code; 5 wrong codes lock the challenge (429). */
  @Public()
  @AuthRateLimited()
  @Post('auth/otp/verify')
  @HttpCode(200)
  @ApiContract({
    body: verifyOtpBodySchema,
    response: sessionResponseSchema,
    errors: ['VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'TOKEN_EXPIRED', 'TOKEN_INVALID', 'RATE_LIMITED'],
  })
  async verifyOtp(
    @Body(new ZodPipe(verifyOtpBodySchema, 'code')) body: z.output<typeof verifyOtpBodySchema>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    return this.withCookie(await this.rpc.request(identityOtpVerify, body), response);
  }

  /** A new code for the same challenge, on the channel chosen now (e-mail or SMS); 3 codes per challenge. */
  @Public()
  @AuthRateLimited()
  @Post('auth/otp/resend')
  @HttpCode(200)
  @ApiContract({
    body: resendOtpBodySchema,
    response: otpChallengeSchema,
    errors: ['VALIDATION_FAILED', 'TOKEN_EXPIRED', 'TOKEN_INVALID', 'RATE_LIMITED', 'CONFLICT', 'UNPROCESSABLE'],
  })
  resendOtp(@Body(new ZodPipe(resendOtpBodySchema, 'resend')) body: z.output<typeof resendOtpBodySchema>) {
    return this.rpc.request(identityOtpResend, body);
  }

  @Public()
  @AuthRateLimited()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiContract({ response: sessionResponseSchema, errors: ['TOKEN_INVALID', 'TOKEN_EXPIRED', 'RATE_LIMITED'] })
  async refresh(
    @Body(new ZodPipe(refreshBodySchema)) _body: z.output<typeof refreshBodySchema>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const refreshToken = readRefreshCookie(request);
    if (!refreshToken) throw new DomainError(ErrorCode.TOKEN_INVALID, 'No session to refresh');
    try {
      return this.withCookie(await this.rpc.request(identityRefresh, { refreshToken }), response);
    } catch (error) {
      if (error instanceof DomainError && error.code.startsWith('TOKEN_')) clearRefreshCookie(response, this.secure);
      throw error;
    }
  }

  @Public()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiContract({ status: 204 })
  async logout(
    @Body(new ZodPipe(refreshBodySchema)) _body: z.output<typeof refreshBodySchema>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const refreshToken = readRefreshCookie(request);
    if (refreshToken) await this.rpc.request(identityLogout, { refreshToken });
    clearRefreshCookie(response, this.secure);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiContract({ response: userProfileSchema, errors: ['UNAUTHENTICATED', 'TOKEN_INVALID', 'TOKEN_EXPIRED'] })
  me(@CurrentStaff() principal: StaffPrincipal) {
    return this.rpc.request(identityUserGet, { userId: principal.userId });
  }

  private get secure(): boolean {
    return this.config.PUBLIC_ORIGIN.startsWith('https:');
  }

  private withCookie(pair: TokenPair, response: Response): SessionResponse {
    setRefreshCookie(response, pair.refreshToken, pair.refreshExpiresIn, this.secure);
    return { accessToken: pair.accessToken, expiresIn: pair.expiresIn, user: pair.user };
  }
}
