/** An error raised by the HTTP layer itself (auth, lookups) with a stable code the problem filter maps. */
export class HttpProblemError extends Error {
  constructor(
    readonly code: 'unauthenticated' | 'forbidden' | 'not_found' | 'erased' | 'dev_sign_in_disabled',
    message: string,
  ) {
    super(message);
    this.name = 'HttpProblemError';
  }
}
