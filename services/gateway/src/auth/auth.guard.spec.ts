import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@passerelle/contracts';
import { AccessTokenVerifier } from './access-token-verifier';
import { AllowGuests, Public, Roles } from './auth.decorators';
import { AuthGuard } from './auth.guard';
import { GuestPrincipal, Principal, StaffPrincipal, actorOf } from './principal';

const SESSION_A = '6c2f1d4b-3a5e-4f7b-9c8d-0e1f2a3b4c5d';
const SESSION_B = '8e4b3f6d-5c7a-4b9d-8e0f-2a3b4c5d6e7f';
const staff: StaffPrincipal = {
  kind: 'staff',
  userId: '0f8f8e2a-7d0c-4c52-9d7a-1f6b7c2d3e4f',
  organisationId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  roles: ['requester'],
};
const expert: StaffPrincipal = { ...staff, roles: ['expert'] };
const guest: GuestPrincipal = {
  kind: 'guest',
  participantId: '5b1e0c3a-2f4d-4e6a-8b7c-9d0e1f2a3b4c',
  sessionId: SESSION_A,
  inviteId: '7d3a2e5c-4b6f-4a8c-8d9e-1f2a3b4c5d6e',
};

class Routes {
  staffOnly() {}
  @Roles('requester') requesterOnly() {}
  @AllowGuests() sessionRoute() {}
  @AllowGuests() @Roles('requester') sessionRouteForRequesters() {}
  @Public() open() {}
}

/** Tokens map to principals; any other token is refused the way the real verifier would. */
function verifierFor(tokens: Record<string, Principal>) {
  return {
    verify: async (token: string) => {
      const principal = tokens[token];
      if (!principal) throw new Error(`unexpected token ${token}`);
      return principal;
    },
  } as unknown as AccessTokenVerifier;
}

function contextFor(handler: keyof Routes, request: { headers: Record<string, string>; params?: Record<string, string> }) {
  return {
    getType: () => 'http',
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

const guard = new AuthGuard(new Reflector(), verifierFor({ staff, expert, guest }));

async function outcome(handler: keyof Routes, token?: string, params: Record<string, string> = {}) {
  const request = { headers: token ? { authorization: `Bearer ${token}` } : {}, params } as {
    headers: Record<string, string>;
    params: Record<string, string>;
    principal?: Principal;
  };
  try {
    await guard.canActivate(contextFor(handler, request));
    return { allowed: true, principal: request.principal };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { allowed: false, code: error.code };
  }
}

describe('AuthGuard', () => {
  it('lets anyone through public routes and asks for a token everywhere else', async () => {
    expect(await outcome('open')).toEqual({ allowed: true, principal: undefined });
    expect(await outcome('staffOnly')).toEqual({ allowed: false, code: 'UNAUTHENTICATED' });
    expect(await outcome('sessionRoute', undefined, { id: SESSION_A })).toEqual({ allowed: false, code: 'UNAUTHENTICATED' });
  });

  it('checks staff roles', async () => {
    expect(await outcome('staffOnly', 'expert')).toEqual({ allowed: true, principal: expert });
    expect(await outcome('requesterOnly', 'staff')).toEqual({ allowed: true, principal: staff });
    expect(await outcome('requesterOnly', 'expert')).toEqual({ allowed: false, code: 'FORBIDDEN' });
    expect(await outcome('sessionRoute', 'staff', { id: SESSION_B })).toEqual({ allowed: true, principal: staff });
  });

  it('refuses guest tokens on every route not marked for guests', async () => {
    expect(await outcome('staffOnly', 'guest', { id: SESSION_A })).toEqual({ allowed: false, code: 'FORBIDDEN' });
    expect(await outcome('requesterOnly', 'guest', { id: SESSION_A })).toEqual({ allowed: false, code: 'FORBIDDEN' });
  });

  it('lets a guest into guest routes of its own session only', async () => {
    expect(await outcome('sessionRoute', 'guest', { id: SESSION_A })).toEqual({ allowed: true, principal: guest });
    expect(await outcome('sessionRoute', 'guest', { id: SESSION_B })).toEqual({ allowed: false, code: 'FORBIDDEN' });
    expect(await outcome('sessionRoute', 'guest')).toEqual({ allowed: false, code: 'FORBIDDEN' });
    // Staff roles do not apply to guests: the session scope is their whole authorisation here.
    expect(await outcome('sessionRouteForRequesters', 'guest', { id: SESSION_A })).toEqual({ allowed: true, principal: guest });
    expect(await outcome('sessionRouteForRequesters', 'expert', { id: SESSION_A })).toEqual({ allowed: false, code: 'FORBIDDEN' });
  });
});

describe('actorOf', () => {
  it('maps principals to the contract actor, copying only the actor fields', () => {
    expect(actorOf({ ...staff, extra: 'x' } as StaffPrincipal)).toEqual({ kind: 'staff', userId: staff.userId, organisationId: staff.organisationId, roles: ['requester'] });
    expect(actorOf({ ...guest, extra: 'x' } as GuestPrincipal)).toEqual({
      kind: 'guest',
      participantId: guest.participantId,
      sessionId: SESSION_A,
      inviteId: guest.inviteId,
    });
  });
});
