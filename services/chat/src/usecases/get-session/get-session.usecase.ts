import { Injectable } from '@nestjs/common';
import { RpcCommand, SessionView, chatSessionGet } from '@passerelle/contracts';
import { accessToSession } from '../../domain/session-policy';
import { SessionRecords } from '../shared/session-records';
import { SessionViews } from '../shared/session-views';

@Injectable()
export class GetSessionUseCase {
  constructor(
    private readonly records: SessionRecords,
    private readonly views: SessionViews,
  ) {}

  async execute(command: RpcCommand<typeof chatSessionGet>): Promise<SessionView> {
    const record = await this.records.load(command.sessionId);
    accessToSession(command.actor, record.session, record.participants);
    return this.views.build(record);
  }
}
