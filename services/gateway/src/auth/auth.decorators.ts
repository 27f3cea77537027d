import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { DomainError, ErrorCode, Role } from '@passerelle/contracts';
import type { Request } from 'express';
import { Principal, StaffPrincipal } from './principal';

export const IS_PUBLIC = 'passerelle:public';
export const REQUIRED_ROLES = 'passerelle:roles';
export const ALLOWS_GUESTS = 'passerelle:allows-guests';

/** The route needs no access token (login, refresh, health, guest join). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** A staff caller must hold at least one of these roles (guests are admitted only by @AllowGuests). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/**
 * Guests may call this session route too, but only for their own session: the route's `:id` must be the
 * session their token is scoped to. Every other route refuses guest tokens.
 */
export const AllowGuests = () => SetMetadata(ALLOWS_GUESTS, true);

function principalOf(context: ExecutionContext): Principal {
  const principal = context.switchToHttp().getRequest<Request>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
}

/** The authenticated caller, staff or (on @AllowGuests routes) guest. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => principalOf(context));

/** The authenticated staff caller; the guard already refuses guests on staff routes, this keeps it typed. */
export const CurrentStaff = createParamDecorator((_: unknown, context: ExecutionContext): StaffPrincipal => {
  const principal = principalOf(context);
  if (principal.kind !== 'staff') throw new DomainError(ErrorCode.FORBIDDEN, 'This is for staff only');
  return principal;
});
