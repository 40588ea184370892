import type { InteractionLoggedV2 } from '@rapport/contracts';
import { DomainError } from '../shared/domain-error';
import type { Actor } from '../shared/actor';
import type { InteractionState } from './interaction-state';

/** The interaction as it stands, or the reason no command can act on it. */
export function standingInteraction(interactionId: string, state: InteractionState): InteractionLoggedV2 {
  if (state.retracted) {
    throw new DomainError('invalid_state', `interaction ${interactionId} was retracted; it cannot change any more`);
  }
  if (!state.current) throw new DomainError('not_found', `interaction ${interactionId} is not logged`);
  return state.current;
}

/** Corrections and retractions: only whoever logged it (the initiator) or an admin. */
export function assertInitiatorOrAdmin(interaction: InteractionLoggedV2, actor: Actor, what: string): void {
  if (actor.isAdmin || actor.personId === interaction.initiatorId) return;
  throw new DomainError('forbidden', `only the initiator or an admin can ${what} this interaction`);
}

/** Confirmations, disputes and feedback: only a counterpart — a participant other than the initiator. */
export function counterpartOf(interaction: InteractionLoggedV2, actor: Actor, what: string): string {
  const personId = actor.personId;
  if (personId && personId !== interaction.initiatorId && interaction.participantIds.includes(personId)) return personId;
  throw new DomainError('forbidden', `only a counterpart (a participant other than the initiator) can ${what} this interaction`);
}
