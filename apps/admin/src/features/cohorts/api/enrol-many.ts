import { personView, routes } from '@rapport/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { isApiProblem } from '../../../lib/api-problem';
import { useCommandMutation } from '../../../lib/command-mutation';
import { cohortKeys } from './cohort-keys';
import { enrolParticipant } from './enrol-participant';

const EMAIL = /[^\s,;<>"'()[\]]+@[^\s,;<>"'()[\]]+\.[^\s,;<>"'()[\]]+/g;

/**
 * The e-mail addresses in pasted text or a CSV file, in order, each once (case aside):
 * whatever separates them (lines, commas, semicolons, other columns) is ignored.
 */
export function emailsIn(text: string): string[] {
  const seen = new Set<string>();
  const emails: string[] = [];
  for (const match of text.match(EMAIL) ?? []) {
    const email = match.replace(/[.]+$/, '');
    if (seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    emails.push(email);
  }
  return emails;
}

export interface EnrolManyOutcome {
  readonly enrolled: readonly string[];
  readonly alreadyEnrolled: readonly string[];
  /** Addresses no registered person has (or an erased person had). */
  readonly unknown: readonly string[];
  /** Addresses refused for another reason, with the reason in words. */
  readonly refused: readonly { readonly email: string; readonly reason: string }[];
}

const peoplePage = z.object({ items: z.array(personView), nextCursor: z.string().nullable() });

/** Enrols everyone the addresses name, one at a time, reporting progress after each. */
export async function enrolMany(
  cohortId: string,
  emails: readonly string[],
  onProgress: (done: number) => void,
): Promise<EnrolManyOutcome> {
  const outcome = {
    enrolled: [] as string[],
    alreadyEnrolled: [] as string[],
    unknown: [] as string[],
    refused: [] as { email: string; reason: string }[],
  };
  for (const [index, email] of emails.entries()) {
    const found = await apiRequest(peoplePage, { path: routes.listPeople.path, query: { email, limit: 1 } });
    const person = found.items[0];
    if (!person) outcome.unknown.push(email);
    else {
      try {
        await enrolParticipant(cohortId, person.personId);
        outcome.enrolled.push(person.displayName);
      } catch (error) {
        if (isApiProblem(error) && error.status === 409) outcome.alreadyEnrolled.push(person.displayName);
        else if (isApiProblem(error) && error.status === 422) outcome.unknown.push(email);
        else outcome.refused.push({ email, reason: isApiProblem(error) ? error.title : String(error) });
      }
    }
    onProgress(index + 1);
  }
  return outcome;
}

export function useEnrolMany(cohortId: string, onProgress: (done: number) => void) {
  // Some may have been enrolled before a failure: refresh either way.
  return useCommandMutation((emails: readonly string[]) => enrolMany(cohortId, emails, onProgress), {
    queryKey: cohortKeys.all,
    evenOnError: true,
  });
}
