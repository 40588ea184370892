import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCalendar } from '../src/commands/import-calendar';
import { importColleagues, startCliHarness, type CliHarness } from './cli-harness';
import { meetingsIcs } from './meetings.ics';

const people = ['ana', 'ben', 'cleo', 'dan', 'eva', 'finn'];

interface Logged {
  initiatorId: string;
  participantIds: string[];
  occurredAt: string;
  channel: string;
  kind: string;
  durationMinutes?: number;
  location?: string;
}

describe('rapport import calendar', () => {
  let h: CliHarness;
  let idOf: Map<string, string>;
  beforeAll(async () => {
    h = await startCliHarness();
    await importColleagues(h, people);
    const list = await h.client.request<{ items: Array<{ email: string; personId: string }> }>('GET', '/v1/people?limit=50');
    idOf = new Map(list.body.items.map((p) => [p.email.split('@')[0]!, p.personId]));
    await h.file('meetings.ics', meetingsIcs);
  });
  afterAll(async () => h?.close());

  const logged = async (): Promise<Logged[]> => {
    const events = await h.events('InteractionLogged');
    return events.map((e) => e.data as Logged).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  };

  it('logs expanded recurrences and real meetings, without declined attendees, large meetings or strangers', async () => {
    const summary = await importCalendar(h.client, { file: 'meetings.ics', from: '2026-06-01', to: '2026-07-01' }, h.io);

    expect(summary).toMatchObject({ imported: 6, alreadyImported: 0, rejected: [] });
    expect(summary.large).toEqual([expect.stringContaining('All hands')]);
    expect(summary.skipped).toEqual([expect.stringMatching(/Nobody came.*fewer than two/)]);
    expect([...summary.unknownEmails.keys()]).toEqual(['ghost@example.com']);
    expect(summary.declinedSkipped).toBe(1);

    const id = (name: string) => idOf.get(name)!;
    const interactions = await logged();
    expect(interactions.map((i) => i.occurredAt)).toEqual([
      '2026-06-01T09:00:00.000Z',
      '2026-06-08T09:00:00.000Z',
      '2026-06-10T14:00:00.000Z',
      '2026-06-12T09:00:00.000Z',
      '2026-06-23T10:00:00.000Z',
      '2026-06-29T09:00:00.000Z',
    ]);
    const [first, , team, berlin, moved] = interactions;
    expect(first).toMatchObject({
      initiatorId: id('ana'),
      participantIds: [id('ana'), id('ben')],
      channel: 'in_person',
      kind: 'one_on_one',
      durationMinutes: 30,
    });
    expect(moved).toMatchObject({ durationMinutes: 60 });
    expect(team).toMatchObject({ initiatorId: id('cleo'), kind: 'group', channel: 'in_person', durationMinutes: 60 });
    expect(new Set(team!.participantIds)).toEqual(new Set([id('cleo'), id('ana'), id('dan')]));
    expect(berlin).toMatchObject({
      initiatorId: id('dan'),
      participantIds: [id('dan'), id('eva')],
      channel: 'video',
      location: 'remote',
      durationMinutes: 45,
    });
  });

  it('logs nothing twice when the same calendar is imported again', async () => {
    const summary = await importCalendar(h.client, { file: 'meetings.ics', from: '2026-06-01', to: '2026-07-01' }, h.io);
    expect(summary).toMatchObject({ imported: 0, alreadyImported: 6 });
    expect(await logged()).toHaveLength(6);
  });

  it('expands only inside the window, and never past now', async () => {
    const summary = await importCalendar(
      h.client,
      { file: 'meetings.ics', from: '2026-07-01', to: '2026-12-31', now: new Date('2026-07-14T00:00:00Z'), dryRun: true },
      h.io,
    );
    // 6 and 13 July: the rest of the ten weekly occurrences have not happened yet.
    expect(summary).toMatchObject({ occurrences: 2, ready: 2, imported: 0 });
  });
});
