import type { InteractionLoggedV3 } from '@rapport/contracts';
import { DomainError } from '../shared/domain-error';
import type { Actor } from '../shared/actor';
import type { InteractionState } from './interaction-state';

/** The interaction as it stands, or the reason no command can act on it. */
export function standingInteraction(interactionId: string, state: InteractionState): InteractionLoggedV3 {
  if (state.retracted) {
    throw new DomainError('invalid_state', `interaction ${interactionId} was retracted; it cannot change any more`);
  }
  if (!state.current) throw new DomainError('not_found', `interaction ${interactionId} is not logged`);
  return state.current;
}

/** Corrections and retractions: only whoever recorded it (its author) or an admin. */
export function assertAuthorOrAdmin(interaction: InteractionLoggedV3, actor: Actor, what: string): void {
  if (actor.isAdmin || actor.personId === interaction.authorId) return;
  throw new DomainError('forbidden', `only whoever recorded it or an admin can ${what} this interaction`);
}

/** Confirmations and disputes of the record: only a counterpart — a participant other than whoever recorded it. */
export function counterpartOfRecord(interaction: InteractionLoggedV3, actor: Actor, what: string): string {
  const personId = actor.personId;
  if (personId && personId !== interaction.authorId && interaction.participantIds.includes(personId)) return personId;
  throw new DomainError('forbidden', `only a counterpart (a participant other than whoever recorded it) can ${what} this interaction`);
}

/** How heard one felt by the initiator (habit 1, docs/metrics.md): only a participant other than the initiator, whose conduct it rates. */
export function counterpartOfInitiator(interaction: InteractionLoggedV3, actor: Actor, what: string): string {
  const personId = actor.personId;
  if (personId && personId !== interaction.initiatorId && interaction.participantIds.includes(personId)) return personId;
  throw new DomainError('forbidden', `only a counterpart (a participant other than the initiator) can ${what} this interaction`);
}
