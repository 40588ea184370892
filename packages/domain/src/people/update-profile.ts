import type { PersonProfileUpdatedV1 } from '@rapport/contracts';
import { DomainError, RuleCheck } from '../shared/domain-error';
import { decided, type DecidedEvent } from '../shared/decided-event';
import { checkManager } from './register-person';

export interface UpdateProfileState {
  /** Whether the person is registered. */
  readonly registered: boolean;
  /** Whether the new manager (if the change names one) is a registered person. */
  readonly managerKnown: boolean;
}

/**
 * A registered person's profile changes; a new manager follows the rules of registration.
 * PersonProfileUpdated is version 2: a new name or e-mail is sealed with the person's key when stored.
 */
export function decideUpdateProfile(command: PersonProfileUpdatedV1, state: UpdateProfileState): DecidedEvent<'PersonProfileUpdated', 2> {
  if (!state.registered) throw new DomainError('not_found', `person ${command.personId} is not registered`);
  const check = new RuleCheck();
  checkManager(check, command.personId, command.changes.managerId, state.managerKnown);
  check.throwIfBroken('the profile cannot be updated');
  return decided('PersonProfileUpdated', 2, command);
}
