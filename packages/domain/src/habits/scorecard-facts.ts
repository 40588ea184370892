import type { Channel, MeetingPlace } from '@rapport/contracts';
import type { EpochMs } from '../shared/clock';

/** An interaction in its current (corrected) form; retracted interactions are never among the facts. */
export interface InteractionFact {
  readonly interactionId: string;
  readonly initiatorId: string;
  readonly participantIds: readonly string[];
  readonly occurredAt: EpochMs;
  readonly channel: Channel;
  readonly location?: MeetingPlace | undefined;
  readonly questionsAsked?: number | undefined;
  readonly storiesTold?: number | undefined;
}

/** Everything the scorecard of one person is computed from; facts after T are ignored. */
export interface ScorecardFacts {
  /** Every interaction the person took part in (any time: first meetings look back to the start). */
  readonly interactions: readonly InteractionFact[];
  /** Counterparts' felt-heard ratings on interactions the person initiated. */
  readonly feedback: ReadonlyArray<{
    readonly interactionId: string;
    readonly fromId: string;
    readonly feltHeard: number;
    readonly occurredAt: EpochMs;
  }>;
  readonly helpGiven: ReadonlyArray<{ readonly occurredAt: EpochMs }>;
  readonly helpReceived: ReadonlyArray<{ readonly occurredAt: EpochMs }>;
  readonly introductionsMade: ReadonlyArray<{ readonly occurredAt: EpochMs }>;
  readonly notesSent: ReadonlyArray<{ readonly toId: string; readonly handwritten: boolean; readonly occurredAt: EpochMs }>;
  /** The people on the target list as of T, with S(person, target, T). */
  readonly targets: ReadonlyArray<{ readonly targetId: string; readonly strength: number }>;
  /**
   * The first meeting with each counterpart over a history reaching at least T
   * (firstMeetingsOf), when the facts are read at several instants; else found from `interactions`.
   */
  readonly firstMeetings?: ReadonlyMap<string, InteractionFact>;
}
