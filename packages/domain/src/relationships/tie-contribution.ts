import type { Channel } from '@rapport/contracts';
import type { EpochMs } from '../shared/clock';

export type ContributionSource = 'interaction' | 'help' | 'introduction' | 'thank_you';

/**
 * One event's contribution to one unordered pair of people (SPEC §6.1). Stored by the
 * relationship projection; strength is a pure function of a pair's contributions.
 */
export interface TieContribution {
  /** The event that produced it. */
  readonly eventId: string;
  /** The entity it belongs to (an interaction id, or the event id for one-off events) — corrections replace by it. */
  readonly sourceId: string;
  readonly source: ContributionSource;
  readonly personA: string;
  readonly personB: string;
  /** Who initiated it (the interaction's initiator, the giver, the introducer, the sender). */
  readonly initiatorId: string;
  readonly occurredAt: EpochMs;
  readonly weight: number;
  /** For interactions: the channel and the depth factor used. */
  readonly channel?: Channel;
  readonly depth?: number;
  /** For help and thank-you notes: who received it; for notes whether it was handwritten. */
  readonly receiverId?: string;
  readonly handwritten?: boolean;
}
