import { z } from 'zod';
import { defineRpc } from '../contract';
import { staffActorSchema } from '../identity/actor';
import { formDefinitionSchema } from './forms';

/**
 * What requesters choose from, defined by the administrators of their organisation: expertise types
 * (e.g. "Dermatology") with their form, and destination services (an establishment's specialty team)
 * that handle some types. Each destination service IS a queue: its experts take the requests sent to it
 * (`queueId` elsewhere is a destination service id).
 */

const label = z.string().trim().min(1).max(200);

export const expertiseTypeSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  description: z.string().nullable(),
  form: formDefinitionSchema,
  active: z.boolean(),
  createdAt: z.string().datetime(),
});
export type ExpertiseType = z.infer<typeof expertiseTypeSchema>;

export const expertiseTypeBodySchema = z
  .object({
    name: label,
    description: z.string().trim().max(2000).nullable().default(null),
    form: formDefinitionSchema,
    active: z.boolean().default(true),
  })
  .strict();
export type ExpertiseTypeBody = z.output<typeof expertiseTypeBodySchema>;

/** Requesters see services without their member list. */
export const destinationServiceSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  establishment: z.string(),
  specialty: z.string(),
  expertiseTypeIds: z.array(z.string().uuid()),
  active: z.boolean(),
  createdAt: z.string().datetime(),
});
export type DestinationService = z.infer<typeof destinationServiceSchema>;

/** What administrators see and edit: the experts (staff user ids with the expert role) too. */
export const destinationServiceAdminSchema = destinationServiceSchema.extend({ expertUserIds: z.array(z.string().uuid()) });
export type DestinationServiceAdmin = z.infer<typeof destinationServiceAdminSchema>;

export const destinationServiceBodySchema = z
  .object({
    name: label,
    establishment: label,
    specialty: label,
    expertiseTypeIds: z.array(z.string().uuid()).max(100),
    expertUserIds: z.array(z.string().uuid()).max(500),
    active: z.boolean().default(true),
  })
  .strict();
export type DestinationServiceBody = z.output<typeof destinationServiceBodySchema>;

/** A query-string flag (`?includeInactive=true`) that also travels as a boolean over NATS. */
const queryFlag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).default(false);

export const listTypesQuerySchema = z
  .object({ includeInactive: queryFlag })
  .strict();

export const listServicesQuerySchema = z
  .object({
    typeId: z.string().uuid().optional(),
    establishment: z.string().trim().min(1).max(200).optional(),
    specialty: z.string().trim().min(1).max(200).optional(),
    includeInactive: queryFlag,
  })
  .strict();

/** Lists are scoped to the caller's organisation; `includeInactive` is for administrators only. */
export const expertiseTypeList = defineRpc(
  'expertise.type.list.v1',
  z.object({ actor: staffActorSchema, query: listTypesQuerySchema }).strict(),
  z.object({ items: z.array(expertiseTypeSchema) }),
);
export const expertiseTypeCreate = defineRpc(
  'expertise.type.create.v1',
  z.object({ actor: staffActorSchema, body: expertiseTypeBodySchema }).strict(),
  expertiseTypeSchema,
);
export const expertiseTypeUpdate = defineRpc(
  'expertise.type.update.v1',
  z.object({ actor: staffActorSchema, typeId: z.string().uuid(), body: expertiseTypeBodySchema }).strict(),
  expertiseTypeSchema,
);

export const expertiseServiceList = defineRpc(
  'expertise.service.list.v1',
  z.object({ actor: staffActorSchema, query: listServicesQuerySchema }).strict(),
  z.object({ items: z.array(destinationServiceSchema) }),
);
/** Administrators only. */
export const expertiseServiceAdminList = defineRpc(
  'expertise.service.admin-list.v1',
  z.object({ actor: staffActorSchema }).strict(),
  z.object({ items: z.array(destinationServiceAdminSchema) }),
);
export const expertiseServiceCreate = defineRpc(
  'expertise.service.create.v1',
  z.object({ actor: staffActorSchema, body: destinationServiceBodySchema }).strict(),
  destinationServiceAdminSchema,
);
export const expertiseServiceUpdate = defineRpc(
  'expertise.service.update.v1',
  z.object({ actor: staffActorSchema, serviceId: z.string().uuid(), body: destinationServiceBodySchema }).strict(),
  destinationServiceAdminSchema,
);
