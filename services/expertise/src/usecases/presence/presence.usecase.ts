import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PresenceStatus, StaffActor } from '@passerelle/contracts';
import { Repository } from 'typeorm';
import { assertExpert } from '../../domain/request-access';
import { ExpertPresenceEntity } from '../../infra/entities/expert-presence.entity';

/** An expert's presence (available / busy / away): only available experts are rung for live requests. */
@Injectable()
export class PresenceUseCase {
  constructor(@InjectRepository(ExpertPresenceEntity) private readonly presence: Repository<ExpertPresenceEntity>) {}

  async get(actor: StaffActor): Promise<{ status: PresenceStatus; updatedAt: string }> {
    assertExpert(actor);
    const row = await this.presence.findOneBy({ userId: actor.userId });
    return row ? { status: row.status, updatedAt: row.updatedAt.toISOString() } : { status: 'away', updatedAt: new Date(0).toISOString() };
  }

  async set(actor: StaffActor, status: PresenceStatus): Promise<{ status: PresenceStatus; updatedAt: string }> {
    assertExpert(actor);
    await this.presence.upsert({ userId: actor.userId, status }, ['userId']);
    return this.get(actor);
  }
}
