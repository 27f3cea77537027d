/**
 * An expertise type's form as the browser sees it, mirroring libs/contracts/src/expertise/forms.ts
 * (administrators define the fields; requesters fill them). Keep the two in step.
 */
export const FORM_FIELD_KINDS = ['text', 'textarea', 'number', 'date', 'select', 'boolean'] as const;
export type FormFieldKind = (typeof FORM_FIELD_KINDS)[number];

export interface FormField {
  /** Stable key of the value: a letter, then letters, digits or `_`. */
  key: string;
  label: string;
  kind: FormFieldKind;
  required: boolean;
  /** Choices of a `select` field. */
  options?: string[];
  help?: string;
}

export interface FormDefinition {
  fields: FormField[];
}

export type FormValue = string | number | boolean | null;
export type FormValues = Record<string, FormValue>;

export type FormValueProblem = 'required' | 'invalid_type' | 'not_an_option' | 'unknown_field';
export interface FormValueIssue {
  /** `form.<key>` */
  path: string;
  problem: FormValueProblem;
}
