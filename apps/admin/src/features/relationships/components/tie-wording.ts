import type { RelationshipView } from '@rapport/contracts';

type Explanation = RelationshipView['explanation'];

/**
 * Whose page a tie is read on: the person's own ("You started 3") or, for an admin,
 * someone else's ("Aiko Tanaka started 3"). The explanation's counts are the person's.
 */
export interface TiePerspective {
  readonly personName: string;
  readonly viewerIsPerson: boolean;
}

const subjectOf = (perspective: TiePerspective) => (perspective.viewerIsPerson ? 'You' : perspective.personName);

/** Who took the first step, each side's count (the counts behind the balance, SPEC §6.2). */
export function whoStarted(perspective: TiePerspective, counterpart: string, reciprocity: Explanation['reciprocity']): string {
  const { initiatedByPerson: mine, initiatedByCounterpart: theirs } = reciprocity;
  if (mine === 0 && theirs === 0) {
    return perspective.viewerIsPerson
      ? 'Neither of you started a contact'
      : `Neither ${perspective.personName} nor ${counterpart} started a contact`;
  }
  return `${subjectOf(perspective)} started ${mine}, ${counterpart} started ${theirs}`;
}

/** Help each way: the person gave `helpGiven`, the counterpart gave `helpReceived`. */
export function whoHelped(perspective: TiePerspective, counterpart: string, value: Explanation['valueExchanged']): string {
  return `${subjectOf(perspective)} gave ${value.helpGiven}, ${counterpart} gave ${value.helpReceived}`;
}

/** Thank-you notes each way, and how many of them (either way) were handwritten. */
export function whoThanked(perspective: TiePerspective, counterpart: string, notes: Explanation['notesSent']): string {
  const sent = `${subjectOf(perspective)} sent ${notes.byPerson}, ${counterpart} sent ${notes.byCounterpart}`;
  if (notes.handwritten === 0) return sent;
  return `${sent}; ${notes.handwritten} ${notes.handwritten === 1 ? 'was' : 'were'} handwritten`;
}
