import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { startProductionStack, testBackends, waitFor, type ProductionStack } from '@rapport/test-support';
import { personRequest } from './people-fixture';

/**
 * Crypto-shredding, end to end on PostgreSQL and Kafka with separate processes: after a
 * person is erased, their name and email cannot be found in a dump of the database, in
 * any message on rapport.events, or in any API response — while everyone else's ties to
 * them still count, as an anonymous node.
 */
const run = promisify(execFile);
let stack: ProductionStack;
const marker = randomUUID().slice(0, 8);
const zeb = personRequest({ displayName: `Zebulon Quistgaard ${marker}`, email: `zq.${marker}@example.com`, department: 'Legal' });
const ana = personRequest({ department: 'Finance' });
const ben = personRequest({ department: 'Sales' });
const secrets = [zeb.displayName, zeb.email, marker];

const api = (method: string, route: string, body?: unknown) => stack.api(method, route, body);

const hits = (text: string) => secrets.filter((secret) => text.includes(secret));

/** The text a person would see in each export: CSV as is, every XLSX cell, the PDF's text layer. */
async function exportTexts(cohortId: string): Promise<string[]> {
  const download = async (format: string) => {
    const response = await fetch(`${stack.url}/v1/cohorts/${cohortId}/report.${format}`, {
      headers: { authorization: `Bearer ${stack.adminToken}` },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const csv = (await download('csv')).toString('utf8');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download('xlsx')) as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))));
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-erasure-'));
  writeFileSync(path.join(dir, 'report.pdf'), await download('pdf'));
  const pdf = (await run('pdftotext', [path.join(dir, 'report.pdf'), '-'])).stdout;
  return [csv, cells.join('\n'), pdf];
}

beforeAll(async () => {
  stack = await startProductionStack('erasure', {
    env: { KAFKA_SESSION_TIMEOUT_MS: '6000', STRUCTURE_INTERVAL_SECONDS: '86400', LOG_LEVEL: 'info' },
  });
}, 240_000);

afterAll(async () => {
  await stack?.close();
});

describe('erasing a person', () => {
  it('leaves no trace of their name or email in the store, on Kafka or in any response, and keeps others’ metrics', async () => {
    for (const p of [zeb, ana, ben]) expect((await api('POST', '/v1/people', p)).status).toBe(201);
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const meeting = (a: string, b: string, note?: string) => ({
      initiatorId: a,
      participantIds: [a, b],
      occurredAt: at,
      channel: 'in_person',
      durationMinutes: 45,
      kind: 'coffee',
      ...(note ? { note } : {}),
    });
    expect(
      (
        await api(
          'POST',
          '/v1/interactions',
          meeting(zeb.personId, ana.personId, `Zebulon Quistgaard ${marker} told me about zq.${marker}@example.com`),
        )
      ).status,
    ).toBe(201);
    expect((await api('POST', '/v1/interactions', meeting(ana.personId, ben.personId))).status).toBe(201);
    expect(
      (await api('POST', '/v1/help', { giverId: zeb.personId, receiverId: ana.personId, kind: 'advice', occurredAt: at })).status,
    ).toBe(201);

    // A cohort with them in it, so their name is in the reports.
    const program = await api('POST', '/v1/programs', { name: 'Leaders' });
    const programId = String(program.body.streamId).slice('program-'.length);
    const cohort = await api('POST', '/v1/cohorts', {
      programId,
      name: 'Autumn',
      startsOn: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
      endsOn: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
      goals: [],
    });
    expect(cohort.status).toBe(201);
    const cohortId = String(cohort.body.streamId).slice('cohort-'.length);
    for (const p of [zeb, ana, ben])
      expect((await api('POST', `/v1/cohorts/${cohortId}/participants`, { personId: p.personId })).status).toBeLessThan(300);

    // Before erasure the name is there, where it should be.
    await waitFor(
      async () => (await api('GET', `/v1/people/${ana.personId}/relationships`)).body?.items?.length === 2,
      'projection',
      60_000,
      stack.worker!.output,
    );
    const before = (await api('GET', `/v1/people/${ana.personId}/relationships?asOf=${new Date().toISOString()}`)).body.items;
    expect(JSON.stringify(before)).toContain(zeb.displayName);
    await waitFor(
      async () => (await api('GET', `/v1/cohorts/${cohortId}/participants`)).text.includes(zeb.personId),
      'enrolments projected',
      60_000,
    );
    // The export search below can find them when they are there.
    expect(hits((await exportTexts(cohortId)).join('\n'))).toContain(zeb.displayName);

    // In the store the name was never in clear, even before erasure.
    const eventsBefore = (await run('pg_dump', ['--data-only', '--table=events', stack.database.url], { maxBuffer: 64 * 1024 * 1024 }))
      .stdout;
    expect(hits(eventsBefore)).toEqual([]);
    // Nor in the read models: they keep it sealed too (docs/privacy.md, "Personal data at rest"),
    // while what they keep in plaintext, such as the department, the dump search finds.
    const fullBefore = (await run('pg_dump', [stack.database.url], { maxBuffer: 256 * 1024 * 1024 })).stdout;
    expect(hits(fullBefore)).toEqual([]);
    expect(fullBefore).toContain(zeb.department);

    // Someone looks them up by e-mail and in the directory (the request logs must not keep what was searched).
    expect((await api('GET', `/v1/people?email=${encodeURIComponent(zeb.email)}`)).status).toBe(200);
    expect((await api('GET', `/v1/people/directory?q=${marker}`)).status).toBe(200);

    expect((await api('DELETE', `/v1/people/${zeb.personId}`)).status).toBe(200);
    expect((await api('GET', `/v1/people/${zeb.personId}`)).status).toBe(410);
    await waitFor(
      async () =>
        (await api('GET', `/v1/people/${ana.personId}/relationships`)).body?.items?.some(
          (i: { counterpartId: string; counterpartName: string }) =>
            i.counterpartId === zeb.personId && i.counterpartName === 'Erased person',
        ),
      'the erasure projected',
      60_000,
      stack.worker!.output,
    );

    // 1. A full dump of the database.
    const dump = (await run('pg_dump', [stack.database.url], { maxBuffer: 256 * 1024 * 1024 })).stdout;
    expect(dump.length).toBeGreaterThan(10_000);
    expect(hits(dump)).toEqual([]);

    // 2. Every message on rapport.events.
    const consumer = new Kafka({ clientId: 'erasure-audit', brokers: testBackends.kafkaBrokers, logLevel: logLevel.NOTHING }).consumer({
      groupId: `${stack.topicPrefix}audit`,
      sessionTimeout: 10_000,
    });
    await consumer.connect();
    await consumer.subscribe({ topic: stack.topic, fromBeginning: true });
    const messages: string[] = [];
    await consumer.run({ eachMessage: async ({ message }) => void messages.push(`${String(message.key)} ${String(message.value)}`) });
    const stored = Number((await api('GET', '/v1/projections/status')).body?.lag?.eventsInStore ?? 0);
    await waitFor(async () => messages.length >= Math.max(stored, 7), 'every message read', 30_000);
    await consumer.disconnect();
    expect(hits(messages.join('\n'))).toEqual([]);

    // 3. Every API response that could mention them.
    const responses = await Promise.all(
      [
        '/v1/people?limit=500',
        `/v1/people/${zeb.personId}`,
        `/v1/people/${ana.personId}/relationships`,
        `/v1/people/${ana.personId}/relationships/${zeb.personId}`,
        `/v1/people/${ana.personId}/network`,
        `/v1/people/${ana.personId}/recommendations`,
        '/v1/org/graph',
        '/v1/events?limit=500',
        `/v1/cohorts/${cohortId}/participants`,
        `/v1/cohorts/${cohortId}/summary`,
        '/v1/exports',
      ].map((route) => api('GET', route)),
    );
    for (const r of responses) expect(r.status).toBeLessThan(500);
    expect(hits(responses.map((r) => r.text).join('\n'))).toEqual([]);

    // 4. Every export of a cohort they were in.
    expect(hits((await exportTexts(cohortId)).join('\n'))).toEqual([]);

    // 5. The logs of the service and the worker, request logs included.
    expect(stack.service.output()).toContain('/v1/people/directory?q');
    expect(hits(stack.service.output() + stack.worker!.output())).toEqual([]);

    // Everyone else's metrics are unchanged: the tie to the anonymous node still counts.
    const after = (await api('GET', `/v1/people/${ana.personId}/relationships?asOf=${new Date().toISOString()}`)).body.items;
    const strengthTo = (items: any[], id: string) => items.find((i) => i.counterpartId === id)?.strength;
    expect(strengthTo(after, zeb.personId)).toBeCloseTo(strengthTo(before, zeb.personId), 0);
    expect(strengthTo(after, ben.personId)).toBe(strengthTo(before, ben.personId));
    expect(after.find((i: any) => i.counterpartId === zeb.personId).counterpartName).toBe('Erased person');

    // And they can no longer be part of anything new.
    const again = await api('POST', '/v1/interactions', meeting(ana.personId, zeb.personId));
    expect(again.status).toBe(422);
    expect(
      (await api('POST', '/v1/help', { giverId: ana.personId, receiverId: zeb.personId, kind: 'advice', occurredAt: at })).status,
    ).toBe(422);
    expect((await api('DELETE', `/v1/people/${zeb.personId}`)).status).toBe(410);
  }, 240_000);
});
