import type { IntroductionAnswer, IntroductionRequestedV1, RapportEvent } from '@rapport/contracts';
import type { Actor } from '../shared/actor';
import { toIso, type EpochMs } from '../shared/clock';
import { DomainError, RuleCheck } from '../shared/domain-error';
import { decided, type AnyDecidedEvent, type DecidedEvent } from '../shared/decided-event';
import { decideMakeIntroduction } from './record-signals';

/** An introduction request as its own stream tells it: what was asked, and the answer once given. */
export interface IntroductionRequestState {
  readonly request: IntroductionRequestedV1 | null;
  readonly answer: IntroductionAnswer | null;
}

export function introductionRequestOf(events: readonly RapportEvent[]): IntroductionRequestState {
  let state: IntroductionRequestState = { request: null, answer: null };
  for (const event of events) {
    if (event.type === 'IntroductionRequested') state = { ...state, request: event.data };
    if (event.type === 'IntroductionRequestAnswered') state = { ...state, answer: event.data.answer };
  }
  return state;
}

/** The three people of a request. */
export interface IntroductionParties {
  readonly requesterId: string;
  readonly introducerId: string;
  readonly targetId: string;
}

export interface RequestIntroductionContext {
  readonly actor: Actor;
  /** Which of the three people are registered and not erased. */
  readonly knownPeople: ReadonlySet<string>;
  /** The requester's requests still waiting for an answer (as the read models know them). */
  readonly openRequests: readonly IntroductionParties[];
  /** Whether the request's stream already holds a request (a request id used twice). */
  readonly alreadyRequested: boolean;
}

export type RequestIntroduction = IntroductionParties & { readonly requestId: string; readonly note?: string };

/**
 * Habit 2: ask someone you know to introduce you to someone you do not. Three different
 * people, all registered and not erased; a participant asks as themselves (an admin on
 * someone's behalf); the same request is not asked twice while it waits for an answer.
 */
export function decideRequestIntroduction(
  command: RequestIntroduction,
  context: RequestIntroductionContext,
): DecidedEvent<'IntroductionRequested', 1> {
  const { actor } = context;
  if (!actor.isAdmin && actor.personId !== command.requesterId) {
    throw new DomainError('forbidden', 'a participant asks for introductions as themselves', [
      { field: 'requesterId', message: 'must be you' },
    ]);
  }
  const check = new RuleCheck();
  if (command.introducerId === command.requesterId) check.fail('introducerId', 'ask someone else than yourself to introduce you');
  if (command.targetId === command.requesterId) check.fail('targetId', 'you cannot be introduced to yourself');
  else if (command.targetId === command.introducerId) check.fail('targetId', 'the introducer cannot introduce themselves');
  const people: ReadonlyArray<readonly [string, string]> = [
    ['requesterId', command.requesterId],
    ['introducerId', command.introducerId],
    ['targetId', command.targetId],
  ];
  for (const [field, id] of people) if (!context.knownPeople.has(id)) check.fail(field, `unknown person ${id}`, { unknownPerson: true });
  check.throwIfBroken('the introduction cannot be asked for');
  if (context.alreadyRequested) throw new DomainError('already_exists', `introduction request ${command.requestId} already exists`);
  const same = (r: IntroductionParties) =>
    r.requesterId === command.requesterId && r.introducerId === command.introducerId && r.targetId === command.targetId;
  if (context.openRequests.some(same)) {
    throw new DomainError('already_exists', 'the same introduction request is already waiting for an answer');
  }
  const { note, ...parties } = command;
  return decided('IntroductionRequested', 1, note === undefined ? parties : { ...parties, note });
}

export interface AnswerIntroductionContext {
  readonly actor: Actor;
  /** The request's own stream. */
  readonly request: IntroductionRequestState;
  /** Which of the request's people are registered and not erased. */
  readonly knownPeople: ReadonlySet<string>;
  readonly now: EpochMs;
}

/**
 * Only the named introducer answers (or an admin on their behalf), and only once. Making
 * the introduction records IntroductionMade as well, on the introducer's person stream,
 * so they are credited exactly as for an introduction they record themselves; it needs
 * the requester and the target still registered and not erased. Declining asks nothing
 * of them.
 */
export function decideAnswerIntroductionRequest(
  command: { readonly requestId: string; readonly answer: IntroductionAnswer },
  context: AnswerIntroductionContext,
): readonly AnyDecidedEvent[] {
  const { request, answer } = context.request;
  if (!request) throw new DomainError('not_found', `no introduction request ${command.requestId}`);
  const { actor } = context;
  if (!actor.isAdmin && actor.personId !== request.introducerId) {
    throw new DomainError('forbidden', 'only the person asked to make the introduction answers it');
  }
  if (answer) throw new DomainError('invalid_state', `the introduction request was already answered (${answer})`);
  const parties = {
    requestId: request.requestId,
    requesterId: request.requesterId,
    introducerId: request.introducerId,
    targetId: request.targetId,
  };
  const answered = decided('IntroductionRequestAnswered', 1, { ...parties, answer: command.answer });
  if (command.answer === 'declined') return [answered];
  const check = new RuleCheck();
  for (const [field, id] of [
    ['requesterId', request.requesterId],
    ['targetId', request.targetId],
  ] as const) {
    if (!context.knownPeople.has(id)) check.fail(field, `unknown person ${id}`, { unknownPerson: true });
  }
  check.throwIfBroken('the introduction cannot be made');
  const made = decideMakeIntroduction(
    { introducerId: request.introducerId, personAId: request.requesterId, personBId: request.targetId, occurredAt: toIso(context.now) },
    { actor, knownPeople: context.knownPeople, now: context.now },
  );
  return [answered, made];
}
