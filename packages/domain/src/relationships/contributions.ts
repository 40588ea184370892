import type { InteractionLoggedV1 } from '@rapport/contracts';
import { toEpochMs } from '../shared/clock';
import type { StrengthParameters } from './strength-parameters';
import type { TieContribution } from './tie-contribution';

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** depth = clamp(duration / 30 min, 0.5, 2.0), or 1.0 when the duration is unknown (SPEC §6.1). */
export function depthFactor(durationMinutes: number | undefined, p: StrengthParameters): number {
  return durationMinutes === undefined ? 1 : clamp(durationMinutes / p.depthMinutes, p.minDepth, p.maxDepth);
}

/** Every unordered pair of distinct ids, each pair listed once. */
export function pairsOf(ids: readonly string[]): Array<readonly [string, string]> {
  const distinct = [...new Set(ids)];
  const pairs: Array<readonly [string, string]> = [];
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) pairs.push([distinct[i]!, distinct[j]!]);
  }
  return pairs;
}

/**
 * SPEC §6.1: every pair among n participants gets w = channel × depth × place / (n − 1);
 * gatherings of more than 18 create no ties. The place bonus is a property of the
 * meeting (in person, at the counterpart's office as seen from the initiator).
 */
export function interactionContributions(
  eventId: string,
  interaction: Omit<InteractionLoggedV1, 'note'>,
  p: StrengthParameters,
): TieContribution[] {
  const participants = [...new Set(interaction.participantIds)];
  const n = participants.length;
  if (n < 2 || n > p.maxTieParticipants) return [];
  const depth = depthFactor(interaction.durationMinutes, p);
  const place = interaction.channel === 'in_person' && interaction.location === 'their_office' ? p.theirPlaceBonus : 1;
  const weight = (p.channelWeight[interaction.channel] * depth * place) / (n - 1);
  const occurredAt = toEpochMs(interaction.occurredAt);
  return pairsOf(participants).map(([personA, personB]) => ({
    eventId,
    sourceId: interaction.interactionId,
    source: 'interaction',
    personA,
    personB,
    initiatorId: interaction.initiatorId,
    occurredAt,
    weight,
    channel: interaction.channel,
    depth,
  }));
}

/**
 * A signal from one person to another (help, a thank-you note): one contribution to their
 * pair, initiated by the sender, or none when both are the same person.
 */
function fromOneToAnother(
  eventId: string,
  source: 'help' | 'thank_you',
  senderId: string,
  receiverId: string,
  details: { readonly handwritten?: boolean; readonly occurredAt: string; readonly weight: number },
): TieContribution[] {
  if (senderId === receiverId) return [];
  const { occurredAt, weight, ...handwriting } = details;
  return [
    {
      eventId,
      sourceId: eventId,
      source,
      personA: senderId,
      personB: receiverId,
      initiatorId: senderId,
      receiverId,
      ...handwriting,
      occurredAt: toEpochMs(occurredAt),
      weight,
    },
  ];
}

/** HelpGiven: 1.5 to the giver–receiver pair. */
export function helpContribution(
  eventId: string,
  help: { giverId: string; receiverId: string; occurredAt: string },
  p: StrengthParameters,
): TieContribution[] {
  return fromOneToAnother(eventId, 'help', help.giverId, help.receiverId, { occurredAt: help.occurredAt, weight: p.helpWeight });
}

/** IntroductionMade: 0.5 to introducer–A and introducer–B, 0.25 to A–B. */
export function introductionContributions(
  eventId: string,
  intro: { introducerId: string; personAId: string; personBId: string; occurredAt: string },
  p: StrengthParameters,
): TieContribution[] {
  const occurredAt = toEpochMs(intro.occurredAt);
  const base = { eventId, sourceId: eventId, source: 'introduction', initiatorId: intro.introducerId, occurredAt } as const;
  const ties: TieContribution[] = [
    { ...base, personA: intro.introducerId, personB: intro.personAId, weight: p.introducerWeight },
    { ...base, personA: intro.introducerId, personB: intro.personBId, weight: p.introducerWeight },
    { ...base, personA: intro.personAId, personB: intro.personBId, weight: p.introducedPairWeight },
  ];
  return ties.filter((t) => t.personA !== t.personB);
}

/** ThankYouNoteSent: 0.5, or 1.0 when handwritten. */
export function thankYouContribution(
  eventId: string,
  note: { fromId: string; toId: string; handwritten: boolean; occurredAt: string },
  p: StrengthParameters,
): TieContribution[] {
  return fromOneToAnother(eventId, 'thank_you', note.fromId, note.toId, {
    handwritten: note.handwritten,
    occurredAt: note.occurredAt,
    weight: note.handwritten ? p.handwrittenNoteWeight : p.noteWeight,
  });
}
