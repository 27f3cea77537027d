import { z } from 'zod';
import { defineRpc } from '../contract';
import { staffActorSchema } from './actor';

/**
 * Terms of use: administrators publish versions; the newest published one is current. People accept a
 * version (on registration, or on the tele-expertise entry page) and identity records who accepted which
 * version when.
 */
export const termsVersionSchema = z.object({
  id: z.string().uuid(),
  /** A label people can quote, e.g. `2026-12`. */
  version: z.string(),
  text: z.string(),
  publishedAt: z.string().datetime(),
});
export type TermsVersion = z.infer<typeof termsVersionSchema>;

export const publishTermsBodySchema = z
  .object({
    version: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dots, dashes'),
    text: z.string().trim().min(20).max(50_000),
  })
  .strict();

/** Public: the terms a visitor must accept (404 NOT_FOUND while none is published). */
export const identityTermsCurrent = defineRpc('identity.terms.current.v1', z.object({}).strict(), termsVersionSchema);

/** Administrators: every published version, newest first. */
export const identityTermsList = defineRpc(
  'identity.terms.list.v1',
  z.object({ actor: staffActorSchema }).strict(),
  z.object({ items: z.array(termsVersionSchema) }),
);

/** Administrators: publishes a new version, which becomes current (a label is used once: CONFLICT). */
export const identityTermsPublish = defineRpc(
  'identity.terms.publish.v1',
  z.object({ actor: staffActorSchema, body: publishTermsBodySchema }).strict(),
  termsVersionSchema,
);

export const termsAcceptanceSchema = z.object({
  termsId: z.string().uuid(),
  version: z.string(),
  acceptedAt: z.string().datetime(),
});

/** The caller's standing: the current terms and whether (when) they accepted that very version. */
export const myTermsSchema = z.object({
  current: termsVersionSchema.nullable(),
  acceptance: termsAcceptanceSchema.nullable(),
});

export const identityTermsMine = defineRpc(
  'identity.terms.mine.v1',
  z.object({ actor: staffActorSchema }).strict(),
  myTermsSchema,
);

export const acceptTermsBodySchema = z.object({ termsId: z.string().uuid() }).strict();

/** Records the caller's acceptance of a version (the current one only; accepting twice keeps the first). */
export const identityTermsAccept = defineRpc(
  'identity.terms.accept.v1',
  z.object({ actor: staffActorSchema, body: acceptTermsBodySchema }).strict(),
  termsAcceptanceSchema,
);
