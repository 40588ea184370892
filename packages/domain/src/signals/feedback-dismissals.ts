import type { RapportEvent } from '@rapport/contracts';
import type { Actor } from '../shared/actor';
import { toIso, type EpochMs } from '../shared/clock';
import { DomainError } from '../shared/domain-error';
import { decided, type DecidedEvent } from '../shared/decided-event';
import type { InteractionState } from '../interactions/interaction-state';
import { standingInteraction } from '../interactions/interaction-rules';

/** The interactions whose "did you feel heard?" a person has dismissed, folded from their person stream. */
export function dismissedFeedbackRequestsOf(events: readonly RapportEvent[]): ReadonlySet<string> {
  const dismissed = new Set<string>();
  for (const event of events) if (event.type === 'FeedbackRequestDismissed') dismissed.add(event.data.interactionId);
  return dismissed;
}

export interface DismissFeedbackRequest {
  readonly personId: string;
  readonly interactionId: string;
}

export interface DismissFeedbackRequestContext {
  readonly actor: Actor;
  /** Whether the person is registered and not erased. */
  readonly personKnown: boolean;
  /** The interaction's own stream, folded. */
  readonly interaction: InteractionState;
  /** What the person's stream says they dismissed already. */
  readonly dismissed: ReadonlySet<string>;
  readonly now: EpochMs;
}

/**
 * Habit 1: a person may dismiss "did you feel heard?" about an interaction someone else
 * started with them, so it stops waiting on their page (the person themselves, or an
 * admin for them). Idempotent by recording nothing: once the question no longer waits —
 * dismissed, answered or disputed already — a dismissal decides no event.
 */
export function decideDismissFeedbackRequest(
  command: DismissFeedbackRequest,
  context: DismissFeedbackRequestContext,
): readonly DecidedEvent<'FeedbackRequestDismissed', 1>[] {
  const { actor } = context;
  if (!actor.isAdmin && actor.personId !== command.personId) {
    throw new DomainError('forbidden', 'a person dismisses only the questions asked of them');
  }
  if (!context.personKnown) throw new DomainError('not_found', `person ${command.personId} is not registered, or was erased`);
  const interaction = standingInteraction(command.interactionId, context.interaction);
  // The question is asked of each participant but the initiator, whose conduct it rates.
  if (interaction.initiatorId === command.personId || !interaction.participantIds.includes(command.personId)) {
    throw new DomainError('not_found', `interaction ${command.interactionId} does not ask ${command.personId} whether they felt heard`);
  }
  const waiting =
    !context.dismissed.has(command.interactionId) &&
    !context.interaction.feedbackFrom.has(command.personId) &&
    context.interaction.verdicts.get(command.personId) !== 'disputed';
  if (!waiting) return [];
  const occurredAt = toIso(context.now);
  return [decided('FeedbackRequestDismissed', 1, { ...command, occurredAt }, occurredAt)];
}
