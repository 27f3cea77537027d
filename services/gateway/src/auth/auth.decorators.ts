import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Role } from '@passerelle/contracts';
import type { Request } from 'express';
import { Principal } from './principal';

export const IS_PUBLIC = 'passerelle:public';
export const REQUIRED_ROLES = 'passerelle:roles';

/** The route needs no access token (login, refresh, health, guest join). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller must hold at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<Request>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
