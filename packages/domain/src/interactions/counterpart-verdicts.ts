import { DomainError } from '../shared/domain-error';
import { decided, type DecidedEvent } from '../shared/decided-event';
import type { Actor } from '../shared/actor';
import type { InteractionState, Verdict } from './interaction-state';
import { counterpartOfInitiator, counterpartOfRecord, standingInteraction } from './interaction-rules';

/**
 * The counterpart of the record (not whoever recorded it) who gives this verdict: giving
 * the same verdict twice in a row is refused, changing one's mind is not.
 */
function counterpartGiving(verdict: Verdict, interactionId: string, state: InteractionState, actor: Actor): string {
  const action = verdict === 'confirmed' ? 'confirm' : 'dispute';
  const counterpartId = counterpartOfRecord(standingInteraction(interactionId, state), actor, action);
  if (state.verdicts.get(counterpartId) === verdict) throw new DomainError('invalid_state', `you have already ${verdict} this interaction`);
  return counterpartId;
}

export function decideConfirmInteraction(
  interactionId: string,
  state: InteractionState,
  actor: Actor,
): DecidedEvent<'InteractionConfirmed', 1> {
  return decided('InteractionConfirmed', 1, { interactionId, counterpartId: counterpartGiving('confirmed', interactionId, state, actor) });
}

export function decideDisputeInteraction(
  interactionId: string,
  reason: string | undefined,
  state: InteractionState,
  actor: Actor,
): DecidedEvent<'InteractionDisputed', 2> {
  const counterpartId = counterpartGiving('disputed', interactionId, state, actor);
  // Version 2: a reason is personal text, sealed with the counterpart's key when stored.
  return decided('InteractionDisputed', 2, { interactionId, counterpartId, ...(reason?.trim() ? { reason: reason.trim() } : {}) });
}

/** Habit 1: each participant but the initiator rates once how heard the initiator made them feel (1–5). */
export function decideCounterpartFeedback(
  interactionId: string,
  feltHeard: number,
  state: InteractionState,
  actor: Actor,
): DecidedEvent<'CounterpartFeedbackGiven', 1> {
  const fromId = counterpartOfInitiator(standingInteraction(interactionId, state), actor, 'give feedback on');
  if (state.feedbackFrom.has(fromId)) throw new DomainError('invalid_state', 'you have already given feedback on this interaction');
  if (!Number.isInteger(feltHeard) || feltHeard < 1 || feltHeard > 5) {
    throw new DomainError('validation', 'feltHeard is 1 to 5', [{ field: 'feltHeard', message: 'a whole number from 1 to 5' }]);
  }
  return decided('CounterpartFeedbackGiven', 1, { interactionId, fromId, feltHeard });
}
