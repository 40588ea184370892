import type { Channel } from '@rapport/contracts';

/**
 * Tuning constants of relationship strength (SPEC §6.1–6.2, docs/metrics.md).
 * Defaults below; a deployment may pass its own.
 */
export interface StrengthParameters {
  readonly channelWeight: Readonly<Record<Channel, number>>;
  /** depth = clamp(durationMinutes / depthMinutes, minDepth, maxDepth); 1.0 when unknown. */
  readonly depthMinutes: number;
  readonly minDepth: number;
  readonly maxDepth: number;
  /** Multiplier for an in-person meeting held at the counterpart's place. */
  readonly theirPlaceBonus: number;
  /** Gatherings with more participants than this create no ties. */
  readonly maxTieParticipants: number;
  readonly helpWeight: number;
  readonly introducerWeight: number;
  readonly introducedPairWeight: number;
  readonly noteWeight: number;
  readonly handwrittenNoteWeight: number;
  readonly halfLifeDays: number;
  /** Fixed epoch t0 of the commutative form Σ w·2^((t − t0)/H). */
  readonly epochMs: number;
  /** S saturates as 1 − e^(−I / intensityScale). */
  readonly intensityScale: number;
  /** S = 100 · saturation · (reciprocityFloor + (1 − reciprocityFloor) · R). */
  readonly reciprocityFloor: number;
}

export const defaultStrengthParameters: StrengthParameters = {
  channelWeight: { in_person: 1.0, video: 0.8, call: 0.7, chat: 0.3, email: 0.2 },
  depthMinutes: 30,
  minDepth: 0.5,
  maxDepth: 2.0,
  theirPlaceBonus: 1.25,
  maxTieParticipants: 18,
  helpWeight: 1.5,
  introducerWeight: 0.5,
  introducedPairWeight: 0.25,
  noteWeight: 0.5,
  handwrittenNoteWeight: 1.0,
  halfLifeDays: 90,
  epochMs: Date.UTC(2020, 0, 1),
  intensityScale: 3,
  reciprocityFloor: 0.7,
};
