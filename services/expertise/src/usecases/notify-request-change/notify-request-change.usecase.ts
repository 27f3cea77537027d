import { Injectable } from '@nestjs/common';
import { EventPayload, expertiseRequestChanged, notificationTemplateSchema, notificationsSend } from '@passerelle/contracts';
import { InjectConfig, RpcClient } from '@passerelle/nest-kit';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { ExpertiseConfig } from '../../config';
import { RequestEntity } from '../../infra/entities/request.entity';
import { ExpertiseTypeEntity } from '../../infra/entities/expertise-type.entity';
import { People } from '../shared/people';

const TEMPLATES: Partial<Record<EventPayload<typeof expertiseRequestChanged>['change'], z.infer<typeof notificationTemplateSchema>>> = {
  answered: 'expertise-answered',
  'info-requested': 'expertise-info-requested',
  transferred: 'expertise-transferred',
};

/**
 * Tells the requester who holds the request, by e-mail in the request's language: an answer came, the
 * expert asks for information, a colleague transferred it to them. Only the type's name and a link to
 * the portal: nothing about the patient. The event id is the idempotency key, so a redelivered event
 * never sends twice.
 */
@Injectable()
export class NotifyRequestChangeUseCase {
  constructor(
    private readonly rpc: RpcClient,
    private readonly people: People,
    @InjectConfig() private readonly config: ExpertiseConfig,
  ) {}

  async execute(event: EventPayload<typeof expertiseRequestChanged>, manager: EntityManager): Promise<void> {
    const template = TEMPLATES[event.change];
    if (!template) return;
    const request = await manager.findOneBy(RequestEntity, { id: event.requestId });
    if (!request) return;
    const type = await manager.findOneBy(ExpertiseTypeEntity, { id: request.typeId });
    const holder = await this.people.profile(event.requesterUserId);
    await this.rpc.request(notificationsSend, {
      idempotencyKey: `expertise:${event.id}`,
      channel: 'email',
      to: holder.email,
      language: request.language,
      template,
      variables: {
        firstName: holder.displayName,
        requestType: type?.name ?? '',
        ...(event.change === 'transferred' ? { requesterName: await this.people.displayName(event.byUserId) } : {}),
        link: `${this.config.PUBLIC_ORIGIN}/portal/expertise/requests/${request.id}`,
      },
    });
  }
}
