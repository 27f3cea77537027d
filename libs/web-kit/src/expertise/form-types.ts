/**
 * An expertise type's form (administrators define the fields; requesters fill them): the contracts' types
 * (libs/contracts/src/expertise/forms.ts and form-rules.ts), the same JSON on the wire.
 */
export { FORM_FIELD_KINDS } from '@passerelle/contracts/src/expertise/form-rules';
export type {
  FormDefinition,
  FormField,
  FormFieldKind,
  FormValue,
  FormValueIssue,
  FormValueProblem,
  FormValues,
} from '@passerelle/contracts';
