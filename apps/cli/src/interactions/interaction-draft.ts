import { logInteractionRequest, type LogInteractionRequest } from '@rapport/contracts';
import { derivedId, UUID_PATTERN } from '../ids';

/** A person as an import names them: a registered id, or an email to look up. */
export type PersonRef = { readonly id: string } | { readonly email: string };

export const personRef = (text: string): PersonRef =>
  UUID_PATTERN.test(text) ? { id: text.toLowerCase() } : { email: text.toLowerCase() };

/** An interaction read from a file, before its people are resolved to ids. */
export interface InteractionDraft {
  readonly initiator: PersonRef;
  readonly participants: readonly PersonRef[];
  readonly fields: Omit<LogInteractionRequest, 'interactionId' | 'initiatorId' | 'participantIds'>;
  /** Given by the file; otherwise derived from the normalised interaction. */
  readonly interactionId?: string;
}

export const emailsOf = (draft: InteractionDraft): string[] =>
  [draft.initiator, ...draft.participants].flatMap((ref) => ('email' in ref ? [ref.email] : []));

/**
 * Resolves people, adds the initiator to the participants, validates against the API's own
 * schema and derives the interaction id: UUIDv5 of the normalised interaction, so the same
 * row always becomes the same interaction and a re-run cannot log it twice.
 */
export function interactionFromDraft(
  draft: InteractionDraft,
  idOfEmail: ReadonlyMap<string, string>,
): { request: LogInteractionRequest } | { reasons: string[] } {
  const unknown = emailsOf(draft).filter((email) => !idOfEmail.has(email));
  if (unknown.length > 0) return { reasons: [...new Set(unknown)].map((email) => `unknown person ${email}`) };
  const idOf = (ref: PersonRef) => ('id' in ref ? ref.id : idOfEmail.get(ref.email)!);
  const initiatorId = idOf(draft.initiator);
  const participantIds = [...new Set([initiatorId, ...draft.participants.map(idOf)])];
  const normalised = { ...sortedFields(draft.fields), initiatorId, participantIds: [...participantIds].sort() };
  const candidate = {
    ...draft.fields,
    initiatorId,
    participantIds,
    interactionId: draft.interactionId ?? derivedId('interaction', JSON.stringify(normalised)),
  };
  const parsed = logInteractionRequest.safeParse(candidate);
  if (!parsed.success) return { reasons: parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`) };
  return { request: parsed.data };
}

const sortedFields = (fields: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
