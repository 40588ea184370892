import { tieInWords } from '../recommendations/recommendation-sentence';

/**
 * Why the introducer can make an introduction they are asked for, in the words of a
 * recommendation's warm path (recommendation-sentence.ts), seen from the introducer:
 * "you and Ana: strong tie, 62; you and Bruno: developing tie, 34". A step with no tie
 * at all says so.
 */
export function introductionPathSentence(path: {
  readonly requesterName: string;
  readonly targetName: string;
  readonly strengthToRequester: number;
  readonly strengthToTarget: number;
}): string {
  const step = (name: string, strength: number) => `you and ${name}: ${strength > 0 ? tieInWords(strength) : 'no tie yet'}`;
  return `${step(path.requesterName, path.strengthToRequester)}; ${step(path.targetName, path.strengthToTarget)}`;
}
