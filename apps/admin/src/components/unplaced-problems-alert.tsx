import { Alert } from '@mantine/core';
import { isApiProblem } from '../lib/api-problem';
import type { FieldProblems } from '../lib/field-errors';

/**
 * What a form cannot show beside one of its fields: a refusal naming no field, or invalid
 * fields the form does not have, in one red alert. Nothing otherwise.
 */
export function UnplacedProblemsAlert({ error, problems }: { error: unknown; problems: FieldProblems<string> }) {
  if (!isApiProblem(error) || (problems.other.length === 0 && error.errors.length > 0)) return null;
  return (
    <Alert color="red" title={error.title} role="alert">
      {[error.detail, ...problems.other].filter(Boolean).join(' · ')}
    </Alert>
  );
}
