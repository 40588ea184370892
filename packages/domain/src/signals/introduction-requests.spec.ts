import { describe, expect, it } from 'vitest';
import type { RapportEvent } from '@rapport/contracts';
import {
  decideAnswerIntroductionRequest,
  decideRequestIntroduction,
  introductionRequestOf,
  type IntroductionParties,
  type RequestIntroduction,
} from './introduction-requests';
import { introductionPathSentence } from './introduction-path';
import type { Actor } from '../shared/actor';
import { deciderSpecification } from '../shared/decider-specification.testing';

const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';
const cat = '00000000-0000-4000-8000-00000000000c';
const stranger = '00000000-0000-4000-8000-0000000000ee';
const requestId = '00000000-0000-4000-8000-0000000000f1';
const now = Date.parse('2026-03-10T12:00:00Z');
const actingAs = (personId: string | null, isAdmin = false): Actor => ({ isAdmin, personId });
const everyone = new Set([ana, ben, cat]);

/** Ana asks Ben to introduce her to Cat. */
const asked: RequestIntroduction = { requestId, requesterId: ana, introducerId: ben, targetId: cat };

/** Given who asks and the requester's open requests (ana, ben and cat are registered), when a request is made. */
const requesting = deciderSpecification(
  (
    past: { actor: Actor; openRequests?: readonly IntroductionParties[]; alreadyRequested?: boolean; known?: ReadonlySet<string> },
    command: RequestIntroduction,
  ) =>
    decideRequestIntroduction(command, {
      actor: past.actor,
      knownPeople: past.known ?? everyone,
      openRequests: past.openRequests ?? [],
      alreadyRequested: past.alreadyRequested ?? false,
    }),
);

const requestEvent = (type: 'IntroductionRequested' | 'IntroductionRequestAnswered', data: unknown, streamVersion: number) =>
  ({ type, data, streamVersion, streamId: `introduction-request-${requestId}` }) as unknown as RapportEvent;
const requestedEvent = requestEvent('IntroductionRequested', asked, 1);
const answeredEvent = requestEvent(
  'IntroductionRequestAnswered',
  { requestId, requesterId: ana, introducerId: ben, targetId: cat, answer: 'declined' },
  2,
);

/** Given who answers and the request stream's past events, when the request is answered. */
const answering = deciderSpecification(
  (past: { actor: Actor; history: readonly RapportEvent[]; known?: ReadonlySet<string> }, answer: 'made' | 'declined') =>
    decideAnswerIntroductionRequest(
      { requestId, answer },
      { actor: past.actor, request: introductionRequestOf(past.history), knownPeople: past.known ?? everyone, now },
    ),
);

describe('asking for an introduction', () => {
  it('when ana asks ben to introduce her to cat, then IntroductionRequested records it with her note', () => {
    requesting
      .given({ actor: actingAs(ana) })
      .when({ ...asked, note: 'We both work on pricing' })
      .then({ type: 'IntroductionRequested', schemaVersion: 1, data: { ...asked, note: 'We both work on pricing' } });
  });

  it('refuses ben asking on ana’s behalf; an admin may', () => {
    requesting
      .given({ actor: actingAs(ben) })
      .when(asked)
      .thenRefuses('forbidden', ['requesterId']);
    requesting
      .given({ actor: actingAs(null, true) })
      .when(asked)
      .then({ type: 'IntroductionRequested', schemaVersion: 1, data: asked });
  });

  it('refuses asking yourself, being introduced to yourself or to the introducer, naming every field', () => {
    requesting
      .given({ actor: actingAs(ana) })
      .when({ ...asked, introducerId: ana, targetId: ana })
      .thenRefuses('validation', ['introducerId', 'targetId']);
    requesting
      .given({ actor: actingAs(ana) })
      .when({ ...asked, targetId: ben })
      .thenRefuses('validation', ['targetId']);
  });

  it('refuses a person who is not registered or was erased', () => {
    requesting
      .given({ actor: actingAs(ana) })
      .when({ ...asked, targetId: stranger })
      .thenRefuses('unknown_person', ['targetId']);
    requesting
      .given({ actor: actingAs(ana), known: new Set([ana, cat]) })
      .when(asked)
      .thenRefuses('unknown_person', ['introducerId']);
  });

  it('refuses the same request while one waits for an answer, and a request id used twice', () => {
    requesting
      .given({ actor: actingAs(ana), openRequests: [{ requesterId: ana, introducerId: ben, targetId: cat }] })
      .when(asked)
      .thenRefuses('already_exists');
    requesting
      .given({ actor: actingAs(ana), alreadyRequested: true })
      .when(asked)
      .thenRefuses('already_exists');
  });

  it('accepts asking another introducer for the same target while the first request waits', () => {
    requesting
      .given({
        actor: actingAs(ana),
        openRequests: [{ requesterId: ana, introducerId: ben, targetId: cat }],
        known: new Set([ana, ben, cat, stranger]),
      })
      .when({ ...asked, introducerId: stranger })
      .then({ type: 'IntroductionRequested', schemaVersion: 1, data: { ...asked, introducerId: stranger } });
  });
});

describe('answering an introduction request', () => {
  const parties = { requestId, requesterId: ana, introducerId: ben, targetId: cat };

  it('when ben makes the introduction, then the answer and IntroductionMade (ben introduces ana and cat) are recorded', () => {
    const at = new Date(now).toISOString();
    answering
      .given({ actor: actingAs(ben), history: [requestedEvent] })
      .when('made')
      .then(
        { type: 'IntroductionRequestAnswered', schemaVersion: 1, data: { ...parties, answer: 'made' } },
        {
          type: 'IntroductionMade',
          schemaVersion: 1,
          data: { introducerId: ben, personAId: ana, personBId: cat, occurredAt: at },
          occurredAt: at,
        },
      );
  });

  it('when ben declines, then only the answer is recorded', () => {
    answering
      .given({ actor: actingAs(ben), history: [requestedEvent] })
      .when('declined')
      .then({ type: 'IntroductionRequestAnswered', schemaVersion: 1, data: { ...parties, answer: 'declined' } });
  });

  it('refuses anyone but the introducer, even the requester; an admin may answer for the introducer', () => {
    answering
      .given({ actor: actingAs(ana), history: [requestedEvent] })
      .when('made')
      .thenRefuses('forbidden');
    answering
      .given({ actor: actingAs(cat), history: [requestedEvent] })
      .when('declined')
      .thenRefuses('forbidden');
    answering
      .given({ actor: actingAs(null, true), history: [requestedEvent] })
      .when('declined')
      .then(expect.objectContaining({ type: 'IntroductionRequestAnswered' }));
  });

  it('refuses a second answer, and an answer to a request that does not exist', () => {
    answering
      .given({ actor: actingAs(ben), history: [requestedEvent, answeredEvent] })
      .when('made')
      .thenRefuses('invalid_state');
    answering
      .given({ actor: actingAs(ben), history: [] })
      .when('made')
      .thenRefuses('not_found');
  });

  it('refuses making an introduction to someone erased since the request, but lets it be declined', () => {
    const known = new Set([ana, ben]);
    answering
      .given({ actor: actingAs(ben), history: [requestedEvent], known })
      .when('made')
      .thenRefuses('unknown_person', ['targetId']);
    answering
      .given({ actor: actingAs(ben), history: [requestedEvent], known })
      .when('declined')
      .then(expect.objectContaining({ type: 'IntroductionRequestAnswered' }));
  });
});

describe('why the introducer can make it', () => {
  it('says both steps of the path from the introducer, in words and figures', () => {
    expect(introductionPathSentence({ requesterName: 'Ana', targetName: 'Cat', strengthToRequester: 62.4, strengthToTarget: 34 })).toBe(
      'you and Ana: strong tie, 62; you and Cat: developing tie, 34',
    );
    expect(introductionPathSentence({ requesterName: 'Ana', targetName: 'Cat', strengthToRequester: 0, strengthToTarget: 5 })).toBe(
      'you and Ana: no tie yet; you and Cat: inactive tie, 5',
    );
  });
});
