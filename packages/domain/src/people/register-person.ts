import type { PersonRegisteredV1 } from '@rapport/contracts';
import { DomainError, RuleCheck } from '../shared/domain-error';
import { decided, type DecidedEvent } from '../shared/decided-event';

export type RegisterPerson = PersonRegisteredV1;

export interface RegisterPersonState {
  /** Whether a person with this id is already registered. */
  readonly alreadyRegistered: boolean;
  /** Whether the manager (if any) is a registered person. */
  readonly managerKnown: boolean;
}

/**
 * A person is registered once; their manager, when given, must already be registered.
 * PersonRegistered is version 2: the name and e-mail are sealed with the person's key when stored.
 */
export function decideRegisterPerson(command: RegisterPerson, state: RegisterPersonState): DecidedEvent<'PersonRegistered', 2> {
  if (state.alreadyRegistered) {
    throw new DomainError('already_exists', `person ${command.personId} is already registered`, [
      { field: 'personId', message: 'a person with this id is already registered' },
    ]);
  }
  const check = new RuleCheck();
  checkManager(check, command.personId, command.managerId, state.managerKnown);
  check.throwIfBroken('the person cannot be registered');
  return decided('PersonRegistered', 2, { ...command, expertise: [...new Set(command.expertise)] });
}

/** A manager, when one is named, is someone else and a registered person. */
export function checkManager(check: RuleCheck, personId: string, managerId: string | null | undefined, managerKnown: boolean): void {
  if (managerId && managerId === personId) check.fail('managerId', 'a person cannot manage themselves');
  else if (managerId && !managerKnown) check.fail('managerId', `unknown person ${managerId}`, { unknownPerson: true });
}
