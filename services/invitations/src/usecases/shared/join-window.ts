import { DomainError, ErrorCode, RpcResponse, schedulingJoinWindowCheck } from '@passerelle/contracts';
import type { RpcClient } from '@passerelle/nest-kit';
import type { Invite } from '../../domain/invite';

type Window = Extract<RpcResponse<typeof schedulingJoinWindowCheck>, { planned: true }>;

/** The join window of a planned invite (scheduling decides), or null for an instant invite. */
export async function joinWindowOf(rpc: RpcClient, invite: Invite): Promise<Window | null> {
  if (!invite.planned) return null;
  const window = await rpc.request(schedulingJoinWindowCheck, { inviteId: invite.id });
  return window.planned ? window : null;
}

const REFUSALS = {
  too_early: 'This link opens shortly before the appointment: come back then',
  too_late: 'The time of this appointment has passed',
  cancelled: 'This appointment has been cancelled',
} as const;

/** Outside its window the link is refused, naming why and (too early) from when it will work. */
export function requireOpenWindow(window: Window | null): void {
  if (!window || window.state === 'open') return;
  throw new DomainError(
    ErrorCode.UNPROCESSABLE,
    REFUSALS[window.state],
    [{ path: 'token', problem: window.state }],
    undefined,
    window.state === 'too_early' ? window.slot.opensAt : undefined,
  );
}
