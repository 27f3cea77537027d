import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode, Role } from '@passerelle/contracts';
import type { Request } from 'express';
import { AccessTokenVerifier } from './access-token-verifier';
import { ALLOWS_GUESTS, IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';

/**
 * Global: every route needs a valid access token unless marked @Public(). Staff tokens must hold the
 * roles the route names; guest tokens are refused everywhere except @AllowGuests() routes, and there only
 * for the session (`:id`) they are scoped to. Services check membership again; this is the first door.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: AccessTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header);
    if (!match?.[1]) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Authentication is required');
    const principal = await this.verifier.verify(match[1]);
    request.principal = principal;

    if (principal.kind === 'guest') {
      if (!this.reflector.getAllAndOverride<boolean>(ALLOWS_GUESTS, targets)) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'A guest link does not give access to this');
      }
      if (request.params?.id !== principal.sessionId) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'A guest link opens only its own session');
      }
      return true;
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles?.length && !roles.some((role) => principal.roles.includes(role))) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Your role does not allow this');
    }
    return true;
  }
}
