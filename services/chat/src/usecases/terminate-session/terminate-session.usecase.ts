import { Injectable } from '@nestjs/common';
import { RpcCommand, SessionView, chatSessionTerminate } from '@passerelle/contracts';
import { InjectConfig } from '@passerelle/nest-kit';
import { ChatConfig } from '../../config';
import { PurgeScheduler } from '../../infra/purge/purge-scheduler';
import { SessionLifecycle } from '../shared/session-lifecycle';

/**
 * "Close" ends the session and schedules its purge after the grace period; "keep open" leaves it
 * usable (chat, another call) and schedules nothing.
 */
@Injectable()
export class TerminateSessionUseCase {
  constructor(
    private readonly lifecycle: SessionLifecycle,
    private readonly purge: PurgeScheduler,
    @InjectConfig() private readonly config: ChatConfig,
  ) {}

  async execute(command: RpcCommand<typeof chatSessionTerminate>): Promise<SessionView> {
    const view = await this.lifecycle.apply(command.actor, command.sessionId, command.mode, this.config.CLOSE_GRACE_SECONDS);
    if (view.status === 'closed' && view.purgeAt) await this.purge.schedule(view.id, new Date(view.purgeAt));
    return view;
  }
}
