import type { FormDefinition, FormField, FormValues } from './forms';

/**
 * The rules of an expertise form's values, without zod: the SPAs bundle this file to check a form before
 * sending it, and the expertise service runs the same function on what it receives. The schemas of the
 * definitions and values are in forms.ts.
 */
export const FORM_FIELD_KINDS = ['text', 'textarea', 'number', 'date', 'select', 'boolean'] as const;
export type FormFieldKind = (typeof FORM_FIELD_KINDS)[number];

/** Every field key (a value's name in `form`): a letter, then letters, digits or `_`, at most 50. */
export const FORM_FIELD_KEY = /^[a-z][a-zA-Z0-9_]{0,49}$/;

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
