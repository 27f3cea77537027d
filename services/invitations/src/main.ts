import 'reflect-metadata';
import { runService } from '@passerelle/nest-kit';
import { InvitationsModule, config } from './invitations.module';

runService(InvitationsModule, { service: 'invitations', natsUrl: config.NATS_URL, httpPort: config.HTTP_PORT });
