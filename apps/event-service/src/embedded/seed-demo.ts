import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { demoOrganisation } from '@rapport/demo-organisation';
import type { CommandContext } from '../commands/command-context';
import { LogInteractionsHandler } from '../interactions/log-interactions.handler';
import { InteractionLifecycleHandler } from '../interactions/interaction-lifecycle.handler';
import { RegisterPersonHandler } from '../people/register-person.handler';
import { IntroductionRequestsHandler } from '../signals/introduction-requests.handler';
import { NetworkingTargetsHandler } from '../signals/networking-targets.handler';
import { RecordSignalsHandler } from '../signals/record-signals.handler';
import type { Runtime } from '../runtime';

/**
 * Seeds the deterministic demo organisation through the same command handlers the API
 * uses (same validation, same events), once, into an empty store.
 */
export async function seedDemoOrganisation(
  app: INestApplicationContext,
  runtime: Runtime,
): Promise<{ people: number; interactions: number; signals: number } | null> {
  if ((await runtime.store.count()) > 0) return null;
  const demo = demoOrganisation({ until: runtime.clock.now() });
  const context = (): CommandContext => ({
    principal: { subject: 'demo-seed', role: 'admin', personId: null },
    correlationId: randomUUID(),
    idempotency: null,
  });
  // "Did you feel heard?" is answered by the counterpart themselves; introductions are asked and answered in person.
  const asPerson = (personId: string): CommandContext => ({
    principal: { subject: `demo-${personId}`, role: 'participant', personId },
    correlationId: randomUUID(),
    idempotency: null,
  });
  const people = app.get(RegisterPersonHandler);
  // Managers first: a person's manager must already be registered.
  for (const person of demo.people) {
    const { registeredAt: _ignored, ...request } = person;
    await people.execute(request, context());
  }
  const interactions = app.get(LogInteractionsHandler);
  for (let i = 0; i < demo.interactions.length; i += 500) {
    await interactions.logBatch(demo.interactions.slice(i, i + 500), context());
  }
  const { help, introductions, thankYouNotes, feedback, targets, introductionRequests } = demo.habits;
  const signals = app.get(RecordSignalsHandler);
  for (const request of help) await signals.giveHelp(request, context());
  for (const request of introductions) await signals.makeIntroduction(request, context());
  for (const request of thankYouNotes) await signals.sendThankYouNote(request, context());
  const lifecycle = app.get(InteractionLifecycleHandler);
  for (const answer of feedback) await lifecycle.feedback(answer.interactionId, answer.feltHeard, asPerson(answer.fromId));
  const targetLists = app.get(NetworkingTargetsHandler);
  for (const { personId, targetId } of targets) await targetLists.add(personId, targetId, context());
  // Introductions on request: asked by the requester, answered by the introducer, each as themselves.
  const introductionRequestsHandler = app.get(IntroductionRequestsHandler);
  for (const { answer, requesterId, ...request } of introductionRequests) {
    const asked = await introductionRequestsHandler.request(request, asPerson(requesterId));
    const { requestId } = asked.body as { requestId: string };
    if (answer) await introductionRequestsHandler.answer(requestId, { answer }, asPerson(request.introducerId));
  }
  return {
    people: demo.people.length,
    interactions: demo.interactions.length,
    signals: help.length + introductions.length + thankYouNotes.length + feedback.length + targets.length + introductionRequests.length,
  };
}
