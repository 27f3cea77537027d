import { z } from 'zod';
import { defineRpc } from '../contract';
import { staffUserSchema } from './auth';

export const organisationSchema = z.object({ id: z.string().uuid(), name: z.string() });

export const userProfileSchema = staffUserSchema.extend({ organisation: organisationSchema });
export type UserProfile = z.infer<typeof userProfileSchema>;

export const identityUserGet = defineRpc(
  'identity.user.get.v1',
  z.object({ userId: z.string().uuid() }).strict(),
  userProfileSchema,
);
