import { describe, expect, it } from 'vitest';
import { decided } from './decided-event';
import { DomainError } from './domain-error';
import { deciderSpecification } from './decider-specification.testing';

const program = '00000000-0000-4000-8000-0000000000a1';

/** A decider for the helper's own test: creates a programme unless it exists. */
const creating = deciderSpecification((exists: boolean, name: string) => {
  if (exists) throw new DomainError('already_exists', 'exists', [{ field: 'programId', message: 'taken' }]);
  return decided('ProgramCreated', 1, { programId: program, name });
});

describe('given / when / then', () => {
  it('passes when the decision or the refusal is the one expected', () => {
    creating
      .given(false)
      .when('Leaders')
      .then({ type: 'ProgramCreated', schemaVersion: 1, data: { programId: program, name: 'Leaders' } });
    creating.given(true).when('Leaders').thenRefuses('already_exists', ['programId']);
    creating
      .given(true)
      .when('Leaders')
      .thenRefuses('already_exists', [{ field: 'programId', message: 'taken' }]);
  });

  it('fails on another event, another version, a refusal expected but not made, another code or other fields', () => {
    const event = { type: 'ProgramCreated', schemaVersion: 1, data: { programId: program, name: 'Leaders' } };
    expect(() => creating.given(false).when('Others').then(event)).toThrow();
    expect(() =>
      creating
        .given(false)
        .when('Leaders')
        .then({ ...event, schemaVersion: 2 }),
    ).toThrow();
    expect(() => creating.given(true).when('Leaders').then(event)).toThrow(DomainError);
    expect(() => creating.given(false).when('Leaders').thenRefuses('already_exists')).toThrow(/expected the command to be refused/);
    expect(() => creating.given(true).when('Leaders').thenRefuses('validation')).toThrow();
    expect(() => creating.given(true).when('Leaders').thenRefuses('already_exists', ['name'])).toThrow();
    expect(() =>
      creating
        .given(true)
        .when('Leaders')
        .thenRefuses('already_exists', [{ field: 'programId', message: 'x' }]),
    ).toThrow();
  });
});
