import { z } from 'zod';
import { FORM_FIELD_KEY, FORM_FIELD_KINDS } from './form-rules';

/**
 * The form of an expertise type, defined by administrators: fields with a kind and a mandatory flag.
 * Values are checked against it by `formValueIssues` (form-rules.ts), the same code on the client (before
 * sending) and in the expertise service (which refuses a bad form with UNPROCESSABLE and these issues).
 */
export * from './form-rules';
export const formFieldKindSchema = z.enum(FORM_FIELD_KINDS);

export const formFieldSchema = z
  .object({
    /** Stable key of the value in `form` (a request keeps its answers by key). */
    key: z.string().regex(FORM_FIELD_KEY, 'a letter, then letters, digits or _'),
    label: z.string().trim().min(1).max(200),
    kind: formFieldKindSchema,
    required: z.boolean().default(false),
    /** Choices of a `select` field (required for it, refused for other kinds). */
    options: z.array(z.string().trim().min(1).max(200)).min(1).max(50).optional(),
    help: z.string().trim().max(500).optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    if (field.kind === 'select' && !field.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a select field needs options' });
    }
    if (field.kind !== 'select' && field.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'only select fields have options' });
    }
  });
export type FormField = z.output<typeof formFieldSchema>;

export const formDefinitionSchema = z
  .object({ fields: z.array(formFieldSchema).min(1).max(60) })
  .strict()
  .superRefine((form, ctx) => {
    const seen = new Set<string>();
    form.fields.forEach((field, index) => {
      if (seen.has(field.key)) ctx.addIssue({ code: 'custom', path: ['fields', index, 'key'], message: 'duplicate key' });
      seen.add(field.key);
    });
  });
export type FormDefinition = z.output<typeof formDefinitionSchema>;

/** What a requester typed, by field key. Dates are YYYY-MM-DD strings. */
export const formValueSchema = z.union([z.string().max(10_000), z.number().finite(), z.boolean(), z.null()]);
export type FormValue = z.infer<typeof formValueSchema>;
export const formValuesSchema = z.record(z.string().max(50), formValueSchema);
export type FormValues = z.infer<typeof formValuesSchema>;
