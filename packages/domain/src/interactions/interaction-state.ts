import type { InteractionLoggedV3, RapportEvent } from '@rapport/contracts';
import { toEpochMs, type EpochMs } from '../shared/clock';

export type Verdict = 'confirmed' | 'disputed';

/** What the interaction's own stream says about it now: `evolve` folded over its events. */
export interface InteractionState {
  /** The stream's version (0: nothing logged). */
  readonly version: number;
  /** The interaction in its latest (corrected) form; null before it is logged or once retracted. */
  readonly current: InteractionLoggedV3 | null;
  readonly retracted: boolean;
  /** The earliest occurredAt the interaction was ever logged or corrected with. */
  readonly earliestOccurredAt: EpochMs | null;
  readonly verdicts: ReadonlyMap<string, Verdict>;
  readonly feedbackFrom: ReadonlySet<string>;
}

export const initialInteractionState: InteractionState = {
  version: 0,
  current: null,
  retracted: false,
  earliestOccurredAt: null,
  verdicts: new Map(),
  feedbackFrom: new Set(),
};

const earliest = (a: EpochMs | null, b: string): EpochMs => Math.min(a ?? Infinity, toEpochMs(b));

export function evolveInteraction(state: InteractionState, event: RapportEvent): InteractionState {
  const version = Math.max(state.version, event.streamVersion);
  switch (event.type) {
    case 'InteractionLogged':
    case 'InteractionCorrected':
      return { ...state, version, current: event.data, earliestOccurredAt: earliest(state.earliestOccurredAt, event.data.occurredAt) };
    case 'InteractionRetracted':
      return { ...state, version, current: null, retracted: true };
    case 'InteractionConfirmed':
      return { ...state, version, verdicts: new Map(state.verdicts).set(event.data.counterpartId, 'confirmed') };
    case 'InteractionDisputed':
      return { ...state, version, verdicts: new Map(state.verdicts).set(event.data.counterpartId, 'disputed') };
    case 'CounterpartFeedbackGiven':
      return { ...state, version, feedbackFrom: new Set(state.feedbackFrom).add(event.data.fromId) };
    default:
      return { ...state, version };
  }
}

export const interactionStateOf = (events: readonly RapportEvent[]): InteractionState =>
  events.reduce(evolveInteraction, initialInteractionState);
