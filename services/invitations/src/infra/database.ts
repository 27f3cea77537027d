import { ServiceDatabase } from '@passerelle/nest-kit';
import { InviteEntity } from './entities/invite.entity';
import { migrations } from './migrations';

/** The `invitations` schema: invites and their link tokens (hashed). */
export const database: ServiceDatabase = { schema: 'invitations', entities: [InviteEntity], migrations };
