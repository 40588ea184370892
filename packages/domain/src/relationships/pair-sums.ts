import type { Channel } from '@rapport/contracts';
import type { EpochMs } from '../shared/clock';
import { epochWeight } from './intensity';
import type { StrengthParameters } from './strength-parameters';
import type { ContributionSource, TieContribution } from './tie-contribution';

/**
 * Everything a tie's score and its explanation are made of, seen from `personId`
 * (SPEC §6.2): the fixed-epoch sums per source and plain counts. Each is a sum over
 * the pair's contributions, so a read model can keep it by adding a contribution as it
 * arrives and subtracting one when it is corrected away; the score at any instant
 * after the last contact is a closed form of these sums.
 */
export interface PairSums {
  /** How many contributions the sums hold (a pair with none has no tie). */
  readonly contributions: number;
  /** Σ w·2^((t − t0)/H) of the contributions from each source. */
  readonly epochWeights: Readonly<Record<ContributionSource, number>>;
  readonly initiatedByPerson: number;
  readonly initiatedByCounterpart: number;
  readonly interactionCount: number;
  readonly channelMix: Partial<Record<Channel, number>>;
  /** Σ depth factor of the interactions (1.0 when a duration was unknown). */
  readonly depthSum: number;
  readonly lastContact: EpochMs | null;
  readonly helpGiven: number;
  readonly helpReceived: number;
  readonly introductions: number;
  readonly notesByPerson: number;
  readonly notesByCounterpart: number;
  readonly handwritten: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends Readonly<Record<string, number>> ? Record<keyof T[K], number> : T[K] };

export const noPairSums = (): PairSums => ({
  contributions: 0,
  epochWeights: { interaction: 0, help: 0, introduction: 0, thank_you: 0 },
  initiatedByPerson: 0,
  initiatedByCounterpart: 0,
  interactionCount: 0,
  channelMix: {},
  depthSum: 0,
  lastContact: null,
  helpGiven: 0,
  helpReceived: 0,
  introductions: 0,
  notesByPerson: 0,
  notesByCounterpart: 0,
  handwritten: 0,
});

/** The sums of a pair's contributions up to T (those after T are left out), from `personId`'s side. */
export function pairSumsOf(
  personId: string,
  counterpartId: string,
  contributions: readonly TieContribution[],
  asOf: EpochMs,
  p: StrengthParameters,
): PairSums {
  const s = noPairSums() as Mutable<PairSums>;
  const interactions = new Set<string>();
  for (const c of contributions) {
    if (c.occurredAt > asOf) continue;
    s.contributions++;
    s.epochWeights[c.source] += epochWeight(c.weight, c.occurredAt, p);
    if (c.initiatorId === personId) s.initiatedByPerson++;
    else if (c.initiatorId === counterpartId) s.initiatedByCounterpart++;
    if (s.lastContact === null || c.occurredAt > s.lastContact) s.lastContact = c.occurredAt;
    switch (c.source) {
      case 'interaction':
        // A corrected interaction is one interaction, whatever its contributions.
        if (!interactions.has(c.sourceId)) {
          interactions.add(c.sourceId);
          if (c.channel) s.channelMix[c.channel] = (s.channelMix[c.channel] ?? 0) + 1;
          s.depthSum += c.depth ?? 1;
          s.interactionCount++;
        }
        break;
      case 'help':
        if (c.initiatorId === personId) s.helpGiven++;
        else s.helpReceived++;
        break;
      case 'introduction':
        s.introductions++;
        break;
      case 'thank_you':
        if (c.initiatorId === personId) s.notesByPerson++;
        else s.notesByCounterpart++;
        if (c.handwritten) s.handwritten++;
        break;
    }
  }
  return s;
}

/**
 * `a` plus (or, with sign −1, less) `b`, count by count and sum by sum; a source's
 * epoch-weight sum is exactly 0 when its count is, so no residue of a subtraction
 * survives. The last contact is `a`'s: it is not a sum, and the caller knows it.
 */
export function combinePairSums(a: PairSums, b: PairSums, sign: 1 | -1): PairSums {
  const n = (x: number, y: number) => x + sign * y;
  const counts = {
    contributions: n(a.contributions, b.contributions),
    initiatedByPerson: n(a.initiatedByPerson, b.initiatedByPerson),
    initiatedByCounterpart: n(a.initiatedByCounterpart, b.initiatedByCounterpart),
    interactionCount: n(a.interactionCount, b.interactionCount),
    helpGiven: n(a.helpGiven, b.helpGiven),
    helpReceived: n(a.helpReceived, b.helpReceived),
    introductions: n(a.introductions, b.introductions),
    notesByPerson: n(a.notesByPerson, b.notesByPerson),
    notesByCounterpart: n(a.notesByCounterpart, b.notesByCounterpart),
    handwritten: n(a.handwritten, b.handwritten),
  };
  const sum = (count: number, x: number, y: number) => (count === 0 ? 0 : n(x, y));
  const channelMix: Partial<Record<Channel, number>> = {};
  for (const channel of new Set([...Object.keys(a.channelMix), ...Object.keys(b.channelMix)]) as Set<Channel>) {
    const count = n(a.channelMix[channel] ?? 0, b.channelMix[channel] ?? 0);
    if (count > 0) channelMix[channel] = count;
  }
  return {
    ...counts,
    epochWeights: {
      interaction: sum(counts.interactionCount, a.epochWeights.interaction, b.epochWeights.interaction),
      help: sum(counts.helpGiven + counts.helpReceived, a.epochWeights.help, b.epochWeights.help),
      introduction: sum(counts.introductions, a.epochWeights.introduction, b.epochWeights.introduction),
      thank_you: sum(counts.notesByPerson + counts.notesByCounterpart, a.epochWeights.thank_you, b.epochWeights.thank_you),
    },
    channelMix,
    depthSum: sum(counts.interactionCount, a.depthSum, b.depthSum),
    lastContact: a.lastContact,
  };
}
