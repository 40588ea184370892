import { isApiProblem } from './api-problem';

export interface FieldProblems<F extends string> {
  /** One message per form field, from the problem's invalid fields. */
  readonly byField: Partial<Record<F, string>>;
  /** Problems about fields the form does not show, in words. */
  readonly other: readonly string[];
}

/**
 * Places each invalid field of an API problem next to the form field it belongs to;
 * `fieldOf` maps API field names (first path segment) to form fields.
 */
export function fieldProblems<F extends string>(error: unknown, fieldOf: Record<string, F>): FieldProblems<F> {
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  if (!isApiProblem(error)) return { byField, other };
  for (const [field, message] of Object.entries(error.fieldErrors())) {
    const formField = fieldOf[field];
    if (formField) byField[formField] ??= message;
    else other.push(`${field}: ${message}`);
  }
  return { byField, other };
}
