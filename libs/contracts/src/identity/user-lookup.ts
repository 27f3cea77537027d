import { z } from 'zod';
import { defineRpc } from '../contract';
import { emailSchema } from './auth';
import { userProfileSchema } from './users';

/**
 * Finds an active staff user by e-mail, for services that name a colleague (a tele-expertise transfer,
 * the demo seed). NOT_FOUND when there is none; the e-mail is never echoed in the error.
 */
export const identityUserFindByEmail = defineRpc(
  'identity.user.find-by-email.v1',
  z.object({ email: emailSchema }).strict(),
  userProfileSchema,
);
