/**
 * Stable problem `type` URIs (RFC 9457). The API maps every error code to one of
 * these; clients switch on `type`, never on the human-readable `title`.
 */
const base = 'https://rapport.dev/problems/';

export const problemTypes = {
  validation: `${base}validation`,
  malformedJson: `${base}malformed-json`,
  payloadTooLarge: `${base}payload-too-large`,
  unauthenticated: `${base}unauthenticated`,
  forbidden: `${base}forbidden`,
  notFound: `${base}not-found`,
  personErased: `${base}person-erased`,
  concurrencyConflict: `${base}concurrency-conflict`,
  idempotencyKeyReused: `${base}idempotency-key-reused`,
  unknownPerson: `${base}unknown-person`,
  invalidState: `${base}invalid-state`,
  devSignInDisabled: `${base}dev-sign-in-disabled`,
  rateLimited: `${base}rate-limited`,
  internal: `${base}internal`,
} as const;

export type ProblemType = (typeof problemTypes)[keyof typeof problemTypes];

export interface InvalidField {
  /** JSON pointer-like dotted path, e.g. `participantIds.1`. */
  readonly field: string;
  readonly message: string;
}

export interface Problem {
  readonly type: ProblemType;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors?: readonly InvalidField[];
  readonly errorId?: string;
}
