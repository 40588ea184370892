/** Injection tokens: every dependency is injected explicitly, never through emitted type metadata. */
export const RUNTIME = Symbol('Runtime');
