import { describe, expect, it } from 'vitest';
import { decideRegisterPerson, type RegisterPerson } from './register-person';
import { DomainError } from '../shared/domain-error';

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

describe('registering a person', () => {
  it('given a known manager, when registered, then PersonRegistered keeps each expertise tag once', () => {
    const data = decideRegisterPerson(person, { alreadyRegistered: false, managerKnown: true });
    expect(data.expertise).toEqual(['budgeting', 'forecasting']);
  });

  it('given the person is already registered, then it is refused as already_exists', () => {
    expect(() => decideRegisterPerson(person, { alreadyRegistered: true, managerKnown: true })).toThrow(
      expect.objectContaining({ code: 'already_exists' }) as unknown as DomainError,
    );
  });

  it('given an unknown manager, then managerId is refused', () => {
    try {
      decideRegisterPerson(person, { alreadyRegistered: false, managerKnown: false });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).fields).toEqual([{ field: 'managerId', message: `unknown person ${person.managerId}` }]);
    }
  });

  it('refuses a person who manages themselves', () => {
    expect(() => decideRegisterPerson({ ...person, managerId: person.personId }, { alreadyRegistered: false, managerKnown: true })).toThrow(
      DomainError,
    );
  });
});
