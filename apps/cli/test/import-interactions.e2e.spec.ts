import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInteractions } from '../src/commands/import-interactions';
import { importColleagues, startCliHarness, type CliHarness } from './cli-harness';

const people = ['ana', 'ben', 'cleo', 'dan', 'eva', 'finn'];
const header = 'Initiator,Participants,When,Channel,Duration,Place,Kind\n';
/** The n-th good row: a different pair or time every time. */
const goodRow = (n: number) => {
  const a = people[n % people.length]!;
  const b = people[(n + 1 + (n % 4)) % people.length]!;
  const day = String(1 + (n % 28)).padStart(2, '0');
  return `${a}@example.com,${b}@example.com,2026-06-${day}T${String(8 + (n % 9)).padStart(2, '0')}:00:00Z,in_person,30,their_office,coffee`;
};

describe('rapport import interactions', () => {
  let h: CliHarness;
  beforeAll(async () => {
    h = await startCliHarness();
    await importColleagues(h, people);
  });
  afterAll(async () => h?.close());

  const interactionsLogged = async () => (await h.eventCounts()).InteractionLogged ?? 0;

  it('imports the good rows in batches, rejects the bad ones with line numbers, and stores nothing of them', async () => {
    const good = Array.from({ length: 25 }, (_, i) => goodRow(i));
    const bad = [
      'ghost@example.com,ana@example.com,2026-06-03T10:00:00Z,video,30,remote,one_on_one', // unknown person
      'ana@example.com,ben@example.com,yesterday-ish,video,30,remote,one_on_one', // not a date
      'ana@example.com,ben@example.com,2026-06-04T10:00:00Z,carrier-pigeon,30,,one_on_one', // unknown channel
      'ana@example.com,ben@example.com,2099-01-01T10:00:00Z,video,30,remote,one_on_one', // in the future: refused by the API
      good[3]!, // the same interaction twice
    ];
    // Lines: header = 1, good rows 2–13, bad rows 14–18, good rows 19–31.
    const rows = [...good.slice(0, 12), ...bad, ...good.slice(12)];
    const file = await h.file('interactions.csv', header + rows.join('\n') + '\n');

    const summary = await importInteractions(h.client, { file, batchSize: 10, rejects: 'rejects.csv' }, h.io);

    expect(summary).toMatchObject({ rows: 30, imported: 25, alreadyImported: 0, stopped: false });
    expect(summary.rejected.map((r) => r.line)).toEqual([14, 15, 16, 17, 18]);
    const reasons = Object.fromEntries(summary.rejected.map((r) => [r.line, r.reasons.join('; ')]));
    expect(reasons[14]).toContain('unknown person ghost@example.com');
    expect(reasons[15]).toContain('not a date');
    expect(reasons[16]).toContain('channel');
    expect(reasons[17]).toContain('occurredAt');
    expect(reasons[18]).toContain('the same interaction as line 5');
    expect(await interactionsLogged()).toBe(25);
    const rejects = (await readFile(join(h.dir, 'rejects.csv'), 'utf8')).trim().split('\n');
    expect(rejects).toHaveLength(6);
    expect(rejects[4]).toMatch(/^17,/);
  });

  it('imports nothing twice when the same file is imported again', async () => {
    const summary = await importInteractions(h.client, { file: 'interactions.csv', batchSize: 10 }, h.io);
    expect(summary).toMatchObject({ imported: 0, alreadyImported: 25 });
    expect(summary.rejected).toHaveLength(5);
    expect(await interactionsLogged()).toBe(25);
  });

  it('imports nothing twice when re-run with other batches (stored interactions answer 409 and are found by splitting)', async () => {
    const summary = await importInteractions(h.client, { file: 'interactions.csv', batchSize: 7 }, h.io);
    expect(summary).toMatchObject({ imported: 0, alreadyImported: 25 });
    expect(await interactionsLogged()).toBe(25);
  });

  it('resumes an interrupted import to completion without duplicates', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => goodRow(100 + i).replace('2026-06-', '2026-07-'));
    const file = await h.file('more.csv', header + rows.join('\n') + '\n');

    const interrupted = await importInteractions(h.client, { file, batchSize: 10, stopAfterBatches: 1 }, h.io);
    expect(interrupted).toMatchObject({ imported: 10, stopped: true });
    expect(await interactionsLogged()).toBe(35);
    expect(h.lines.join('\n')).toContain('stopped early');

    const resumed = await importInteractions(h.client, { file, batchSize: 10 }, h.io);
    expect(resumed).toMatchObject({ imported: 20, alreadyImported: 10, stopped: false, rejected: [] });
    expect(await interactionsLogged()).toBe(55);
  });

  it('validates without sending on a dry run', async () => {
    const file = await h.file('dry.csv', header + goodRow(500).replace('2026-06-', '2026-08-') + '\n');
    const summary = await importInteractions(h.client, { file, dryRun: true }, h.io);
    expect(summary).toMatchObject({ ready: 1, imported: 0 });
    expect(await interactionsLogged()).toBe(55);
  });
});
