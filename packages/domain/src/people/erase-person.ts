import { DomainError } from '../shared/domain-error';
import { decided, type DecidedEvent } from '../shared/decided-event';

export interface ErasePersonState {
  /** Whether the person is registered (their stream exists). */
  readonly registered: boolean;
  /** Whether they were already erased. */
  readonly erased: boolean;
}

/** What an answer about an erased person says (the same for reading and for erasing again). */
export const erasedDetail = (personId: string) =>
  `person ${personId} has been erased: their name, e-mail and notes can no longer be read, and nothing about them is shown`;

/** A registered person is erased once (docs/privacy.md: crypto-shredding follows in the same transaction). */
export function decideErasePerson(command: { readonly personId: string }, state: ErasePersonState): DecidedEvent<'PersonErased', 1> {
  if (!state.registered) throw new DomainError('not_found', `person ${command.personId} is not registered`);
  if (state.erased) throw new DomainError('erased', erasedDetail(command.personId));
  return decided('PersonErased', 1, { personId: command.personId });
}
