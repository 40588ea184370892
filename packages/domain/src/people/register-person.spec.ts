import { describe, it } from 'vitest';
import { decideRegisterPerson, type RegisterPerson, type RegisterPersonState } from './register-person';
import { deciderSpecification } from '../shared/decider-specification.testing';

const person: RegisterPerson = {
  personId: '00000000-0000-4000-8000-00000000000a',
  displayName: 'Ana Ortiz',
  email: 'ana@example.com',
  department: 'Finance',
  function: 'Controlling',
  location: 'Lisbon',
  seniority: 3,
  expertise: ['budgeting', 'budgeting', 'forecasting'],
  managerId: '00000000-0000-4000-8000-00000000000b',
};

const registering = deciderSpecification((state: RegisterPersonState, command: RegisterPerson) => decideRegisterPerson(command, state));
const newcomer = { alreadyRegistered: false, managerKnown: true };

describe('registering a person', () => {
  it('given a known manager, when registered, then PersonRegistered (v2, sealed when stored) keeps each expertise tag once', () => {
    registering
      .given(newcomer)
      .when(person)
      .then({ type: 'PersonRegistered', schemaVersion: 2, data: { ...person, expertise: ['budgeting', 'forecasting'] } });
  });

  it('given the person is already registered, then it is refused as already_exists', () => {
    registering
      .given({ ...newcomer, alreadyRegistered: true })
      .when(person)
      .thenRefuses('already_exists');
  });

  it('given an unknown manager, then managerId is refused', () => {
    registering
      .given({ ...newcomer, managerKnown: false })
      .when(person)
      .thenRefuses('unknown_person', [{ field: 'managerId', message: `unknown person ${person.managerId}` }]);
  });

  it('refuses a person who manages themselves', () => {
    registering
      .given(newcomer)
      .when({ ...person, managerId: person.personId })
      .thenRefuses('validation', ['managerId']);
  });
});
