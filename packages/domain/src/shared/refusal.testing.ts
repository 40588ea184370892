import { DomainError, type DomainErrorCode } from './domain-error';

/**
 * For the domain's tests, the "then" of a refused command: what a decider refused with,
 * its code and the fields it named. Anything else thrown is rethrown; a decider that
 * accepts fails the test.
 */
export function refusalOf(decide: () => unknown): { code: DomainErrorCode; fields: string[] } {
  try {
    decide();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, fields: error.fields.map((f) => f.field) };
    throw error;
  }
  throw new Error('expected the command to be refused');
}
