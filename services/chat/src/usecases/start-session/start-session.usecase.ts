import { Injectable } from '@nestjs/common';
import { RpcCommand, SessionView, chatSessionStart } from '@passerelle/contracts';
import { SessionLifecycle } from '../shared/session-lifecycle';

/** The requester admits the waiting invitee (or resumes a kept-open session): CONFLICT if nobody is connected. */
@Injectable()
export class StartSessionUseCase {
  constructor(private readonly lifecycle: SessionLifecycle) {}

  execute(command: RpcCommand<typeof chatSessionStart>): Promise<SessionView> {
    return this.lifecycle.apply(command.actor, command.sessionId, 'start', 0);
  }
}
