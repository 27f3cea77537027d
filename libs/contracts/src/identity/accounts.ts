import { z } from 'zod';
import { defineRpc } from '../contract';
import { e164Schema, languageSchema } from '../invitations/invites';
import { staffActorSchema } from './actor';
import { emailSchema, loginRequestSchema, roleSchema, tokenPairSchema } from './auth';

/**
 * External accounts: health workers without an institutional login register themselves, stay pending
 * until an administrator of the establishment they chose approves them, and then sign in with their
 * password followed by a one-time code sent by e-mail or SMS (their choice).
 */

/** Channels a one-time code can travel on. */
export const OTP_CHANNELS = ['email', 'sms'] as const;
export const otpChannelSchema = z.enum(OTP_CHANNELS);
export type OtpChannel = z.infer<typeof otpChannelSchema>;

/** `refused` accounts never become active; `disabled` ones were active once. */
export const ACCOUNT_STATUSES = ['pending', 'active', 'refused', 'disabled'] as const;
export const accountStatusSchema = z.enum(ACCOUNT_STATUSES);
export type AccountStatus = z.infer<typeof accountStatusSchema>;

const text = (max: number) => z.string().trim().min(1).max(max);

/** An establishment a person can register with (public: names only). */
export const establishmentSchema = z.object({ id: z.string().uuid(), name: z.string() });
export const establishmentListSchema = z.object({ items: z.array(establishmentSchema) });

export const registerAccountBodySchema = z
  .object({
    displayName: text(120),
    profession: text(120),
    establishmentId: z.string().uuid(),
    email: emailSchema,
    mobile: e164Schema,
    password: z.string().min(10).max(1024),
    /** Where the login codes go by default; the login step can switch channel. */
    otpChannel: otpChannelSchema,
    /** The language of the messages Passerelle sends them. */
    language: languageSchema,
    /** The id of the terms-of-use version shown and accepted (must be the current one). */
    acceptedTermsId: z.string().uuid(),
  })
  .strict();
export type RegisterAccountBody = z.output<typeof registerAccountBodySchema>;

export const registeredAccountSchema = z.object({ id: z.string().uuid(), status: z.literal('pending') });

export const identityAccountRegister = defineRpc('identity.account.register.v1', registerAccountBodySchema, registeredAccountSchema);

export const identityEstablishmentList = defineRpc('identity.establishment.list.v1', z.object({}).strict(), establishmentListSchema);

/** A started one-time-code login: the code went to `sentTo` (masked), valid for `expiresIn` seconds. */
export const otpChallengeSchema = z.object({
  challengeId: z.string().uuid(),
  channel: otpChannelSchema,
  /** e.g. `a***@clinic.test` or `+2217*****67`. */
  sentTo: z.string(),
  expiresIn: z.number().int().positive(),
  /** Wrong codes still allowed before the challenge locks. */
  attemptsLeft: z.number().int().min(0),
  /** Whether the code may still be sent again (on either channel). */
  canResend: z.boolean(),
});
export type OtpChallenge = z.infer<typeof otpChallengeSchema>;

/**
 * Password login. Staff with an institutional account get their session at once; external accounts get
 * a one-time-code challenge and their session from `identity.auth.otp.verify.v1`.
 */
export const loginOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('session'), session: tokenPairSchema }),
  z.object({ outcome: z.literal('otp-required'), challenge: otpChallengeSchema }),
]);
export type LoginOutcome = z.infer<typeof loginOutcomeSchema>;

export const identityLoginV2 = defineRpc('identity.auth.login.v2', loginRequestSchema, loginOutcomeSchema);

/** 6 digits; spaces tolerated (people copy "123 456"). */
export const otpCodeSchema = z
  .string()
  .max(16)
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[0-9]{6}$/, '6 digits'));

export const verifyOtpBodySchema = z.object({ challengeId: z.string().uuid(), code: otpCodeSchema }).strict();
export const identityOtpVerify = defineRpc('identity.auth.otp.verify.v1', verifyOtpBodySchema, tokenPairSchema);

/** Sends a new code for the same challenge (the attempts already used still count), on the channel asked for. */
export const resendOtpBodySchema = z.object({ challengeId: z.string().uuid(), channel: otpChannelSchema }).strict();
export const identityOtpResend = defineRpc('identity.auth.otp.resend.v1', resendOtpBodySchema, otpChallengeSchema);

/** A user as administrators see them (staff data, no patient data). */
export const adminUserViewSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  profession: z.string().nullable(),
  mobile: z.string().nullable(),
  roles: z.array(roleSchema),
  status: accountStatusSchema,
  /** Self-registered (signs in with a one-time code), as opposed to created by the organisation. */
  external: z.boolean(),
  createdAt: z.string().datetime(),
  reviewedAt: z.string().datetime().nullable(),
});
export type AdminUserView = z.infer<typeof adminUserViewSchema>;

export const listUsersQuerySchema = z.object({ status: accountStatusSchema.optional() }).strict();
export const adminUserListSchema = z.object({ items: z.array(adminUserViewSchema) });

export const identityAdminUserList = defineRpc(
  'identity.admin.user.list.v1',
  z.object({ actor: staffActorSchema, query: listUsersQuerySchema }).strict(),
  adminUserListSchema,
);

/** Approve (pending → active, the person is e-mailed) or refuse (pending → refused). */
export const REVIEW_DECISIONS = ['approve', 'refuse'] as const;
export const identityAdminUserReview = defineRpc(
  'identity.admin.user.review.v1',
  z.object({ actor: staffActorSchema, userId: z.string().uuid(), decision: z.enum(REVIEW_DECISIONS) }).strict(),
  adminUserViewSchema,
);

export const setRolesBodySchema = z
  .object({ roles: z.array(roleSchema).min(1).max(3).refine((roles) => new Set(roles).size === roles.length, 'no repeats') })
  .strict();
export const identityAdminUserSetRoles = defineRpc(
  'identity.admin.user.roles.set.v1',
  z.object({ actor: staffActorSchema, userId: z.string().uuid(), body: setRolesBodySchema }).strict(),
  adminUserViewSchema,
);
