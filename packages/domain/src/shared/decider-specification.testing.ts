import { expect } from 'vitest';
import type { InvalidField } from '@rapport/contracts';
import type { AnyDecidedEvent } from './decided-event';
import { DomainError, type DomainErrorCode } from './domain-error';

type Decide<Given, Command> = (given: Given, command: Command) => AnyDecidedEvent | readonly AnyDecidedEvent[];

export interface Then {
  /** The command is decided into exactly these events (asymmetric matchers welcome). */
  then(...events: readonly unknown[]): void;
  /**
   * The command is refused with this code, naming these fields in this order: a field's
   * name, or the field with its message (left out: any fields).
   */
  thenRefuses(code: DomainErrorCode, fields?: ReadonlyArray<string | InvalidField>): void;
}

/**
 * The domain's tests as given / when / then (Emmett's DeciderSpecification): given what
 * the decider knows — the stream's past events, or the facts a handler gathers for it —
 * when a command, then these events, or this refusal.
 */
export function deciderSpecification<Given, Command>(decide: Decide<Given, Command>) {
  return {
    given: (past: Given) => ({
      when: (command: Command): Then => ({
        then: (...events) => {
          const decided = decide(past, command);
          expect(Array.isArray(decided) ? decided : [decided]).toEqual(events);
        },
        thenRefuses: (code, fields) => {
          const refusal = refusalOf(() => decide(past, command));
          expect(refusal.code).toBe(code);
          if (fields === undefined) return;
          expect(refusal.fields.map((f, i) => (typeof fields[i] === 'object' ? f : f.field))).toEqual(fields);
        },
      }),
    }),
  };
}

/** What a refused decision threw; anything else thrown is rethrown, and a decision that is taken fails the test. */
export function refusalOf(decide: () => unknown): DomainError {
  let decided: unknown;
  try {
    decided = decide();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`expected the command to be refused, but it was decided: ${JSON.stringify(decided)}`);
}
