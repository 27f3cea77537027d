import { z } from 'zod';

/**
 * The form of an expertise type, defined by administrators: fields with a kind and a mandatory flag.
 * Values are checked against it by `formValueIssues`, the same code on the client (before sending) and
 * in the expertise service (which refuses a bad form with UNPROCESSABLE and these issues).
 */
export const FORM_FIELD_KINDS = ['text', 'textarea', 'number', 'date', 'select', 'boolean'] as const;
export const formFieldKindSchema = z.enum(FORM_FIELD_KINDS);
export type FormFieldKind = z.infer<typeof formFieldKindSchema>;

export const formFieldSchema = z
  .object({
    /** Stable key of the value in `form` (a request keeps its answers by key). */
    key: z.string().regex(/^[a-z][a-zA-Z0-9_]{0,49}$/, 'a letter, then letters, digits or _'),
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
export const formValuesSchema = z.record(z.string().max(50), formValueSchema);
export type FormValues = z.infer<typeof formValuesSchema>;

export const FORM_VALUE_PROBLEMS = ['required', 'invalid_type', 'not_an_option', 'unknown_field'] as const;
export type FormValueProblem = (typeof FORM_VALUE_PROBLEMS)[number];
export interface FormValueIssue {
  /** `form.<key>` */
  path: string;
  problem: FormValueProblem;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function fitsKind(field: FormField, value: unknown): FormValueProblem | null {
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return typeof value === 'string' ? null : 'invalid_type';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'invalid_type';
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'invalid_type';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'invalid_type';
    case 'select':
      if (typeof value !== 'string') return 'invalid_type';
      return field.options?.includes(value) ? null : 'not_an_option';
  }
}

/**
 * The problems of a form's values against its definition, empty when it may be sent. A mandatory
 * boolean must be `true` (a confirmation box). Never carries the values themselves.
 */
export function formValueIssues(definition: FormDefinition, values: FormValues): FormValueIssue[] {
  const issues: FormValueIssue[] = [];
  const keys = new Set(definition.fields.map((field) => field.key));
  for (const key of Object.keys(values)) {
    if (!keys.has(key)) issues.push({ path: `form.${key}`, problem: 'unknown_field' });
  }
  for (const field of definition.fields) {
    const value = values[field.key];
    if (isEmpty(value) || (field.kind === 'boolean' && field.required && value === false)) {
      if (field.required) issues.push({ path: `form.${field.key}`, problem: 'required' });
      continue;
    }
    const problem = fitsKind(field, value);
    if (problem) issues.push({ path: `form.${field.key}`, problem });
  }
  return issues;
}
