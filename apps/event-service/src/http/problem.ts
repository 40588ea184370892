import { problemTypes, type InvalidField, type Problem, type ProblemType } from '@rapport/contracts';

export const problem = (
  status: number,
  type: ProblemType,
  title: string,
  extra: { detail?: string; errors?: readonly InvalidField[]; errorId?: string; instance?: string } = {},
): Problem => ({ type, title, status, ...extra });

/** Errors that map to a problem by a stable code; the domain and store never know HTTP. */
export const problemByCode: Record<string, { status: number; type: ProblemType; title: string }> = {
  validation: { status: 400, type: problemTypes.validation, title: 'The request is invalid' },
  unknown_person: { status: 422, type: problemTypes.unknownPerson, title: 'The request names a person who is not registered' },
  already_exists: { status: 409, type: problemTypes.concurrencyConflict, title: 'It already exists' },
  person_erased: { status: 422, type: problemTypes.unknownPerson, title: 'The request names a person who has been erased' },
  not_found: { status: 404, type: problemTypes.notFound, title: 'Not found' },
  erased: { status: 410, type: problemTypes.personErased, title: 'This person has been erased' },
  invalid_state: { status: 409, type: problemTypes.invalidState, title: 'Not possible in its current state' },
  forbidden: { status: 403, type: problemTypes.forbidden, title: 'Not allowed for this user' },
  unauthenticated: { status: 401, type: problemTypes.unauthenticated, title: 'Sign-in required' },
  concurrency_conflict: { status: 409, type: problemTypes.concurrencyConflict, title: 'The resource changed since you read it' },
  idempotency_key_reused: {
    status: 422,
    type: problemTypes.idempotencyKeyReused,
    title: 'This Idempotency-Key was used for a different request',
  },
  dev_sign_in_disabled: { status: 404, type: problemTypes.devSignInDisabled, title: 'Dev sign-in is disabled (AUTH_MODE is not dev)' },
};
