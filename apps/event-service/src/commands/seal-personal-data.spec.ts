import { describe, expect, it } from 'vitest';
import { decideDisputeInteraction, decideGiveHelp, decideLogInteraction, decideRegisterPerson, interactionStateOf } from '@rapport/domain';
import type { RapportEvent } from '@rapport/contracts';
import type { NewEvent, StreamAppend, UnitOfWork } from '@rapport/event-store';
import type { SealedPersonalData } from '@rapport/personal-data';
import type { CommandContext } from './command-context';
import { newEvent } from './new-event';
import { sealPersonalData, UnsealableVersionError } from './seal-personal-data';

const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';
const now = '2026-03-02T12:00:00.000Z';
const context = { principal: { subject: 'admin' }, correlationId: 'c', idempotency: null } as unknown as CommandContext;

/** Seals with a stand-in key: the text is marked with its owner, no database needed. */
const personalData = {
  sealer: async () => (owner: string, text: string) => ({ sealedBy: owner, text }),
} as unknown as SealedPersonalData;
const uow = { readStream: async () => [] } as unknown as UnitOfWork;
const sealed = async (...events: NewEvent[]) =>
  (await sealPersonalData(uow, personalData, [{ streamId: 's', expectedVersion: 'any', events } satisfies StreamAppend]))[0]!.events;

const registered = decideRegisterPerson(
  {
    personId: ana,
    displayName: 'Ana',
    email: 'ana@example.com',
    department: 'Finance',
    function: 'F',
    location: 'L',
    seniority: 1,
    expertise: [],
  },
  { alreadyRegistered: false, managerKnown: true },
);
const logged = decideLogInteraction(
  {
    interactionId: ben,
    authorId: ana,
    initiatorId: ana,
    participantIds: [ana, ben],
    occurredAt: now,
    channel: 'video',
    kind: 'coffee',
    note: 'kind',
  },
  { knownPeople: new Set([ana, ben]), now: Date.parse(now) },
);
const disputed = decideDisputeInteraction(
  ben,
  'it was a call',
  interactionStateOf([{ type: 'InteractionLogged', data: logged.data, streamVersion: 1 } as unknown as RapportEvent]),
  { isAdmin: false, personId: ben },
);
const help = decideGiveHelp(
  { giverId: ana, receiverId: ben, kind: 'advice', occurredAt: now },
  { actor: { isAdmin: true, personId: null }, knownPeople: new Set([ana, ben]), now: Date.parse(now) },
);

describe('sealing personal data before an append', () => {
  it('keeps every event in the version its decider chose, its personal text sealed', async () => {
    const decisions = [registered, logged, disputed, help];
    const events = await sealed(...decisions.map((d) => newEvent(d, now, context)));
    expect(events.map((e) => `${e.type} v${e.schemaVersion}`)).toEqual(decisions.map((d) => `${d.type} v${d.schemaVersion}`));
    expect(events.map((e) => e.schemaVersion)).toEqual([2, 3, 2, 1]);
    expect(events[0]!.data).toMatchObject({
      displayName: { sealedBy: ana, text: 'Ana' },
      email: { sealedBy: ana, text: 'ana@example.com' },
    });
    expect(events[1]!.data).toMatchObject({ note: { sealedBy: ana, text: 'kind' } });
    expect(events[2]!.data).toMatchObject({ reason: { sealedBy: ben, text: 'it was a call' } });
    expect(events[3]!.data).toEqual(help.data);
  });

  it('refuses an event with personal data in a version that cannot hold sealed text, instead of rewriting its version', async () => {
    const writtenAsV1 = newEvent({ ...registered, schemaVersion: 1 }, now, context);
    await expect(sealed(writtenAsV1)).rejects.toThrow(UnsealableVersionError);
    await expect(sealed(writtenAsV1)).rejects.toThrow('PersonRegistered v1 cannot hold sealed personal text');
  });
});
