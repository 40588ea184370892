import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPeople } from '../src/commands/import-people';
import { peopleCsv, startCliHarness, type CliHarness } from './cli-harness';

describe('rapport import people', () => {
  let h: CliHarness;
  beforeAll(async () => {
    h = await startCliHarness();
  });
  afterAll(async () => h?.close());

  const rows = [
    ['Ana Ortiz', 'ana@example.com', 'Finance', 'Controlling', 'Lisbon', '5', 'budgeting;ifrs', ''],
    ['Ben Okafor', 'ben@example.com', 'Finance', 'Accounting', 'Lisbon', '3', 'tax', 'ana@example.com'],
    ['', 'nobody@example.com', 'Finance', 'Accounting', 'Lisbon', '3', '', ''],
    ['Cleo Brandt', 'not-an-email', 'Sales', 'Sales', 'London', '2', '', ''],
    ['Dan Wu', 'dan@example.com', 'Sales', 'Sales', 'London', '9', '', ''],
    ['Eva Novak', 'eva@example.com', 'Sales', 'Sales', 'London', '2', '', 'ghost@example.com'],
    ['Ana Again', 'ANA@example.com', 'Finance', 'Controlling', 'Lisbon', '5', '', ''],
  ];

  it('registers the good rows, managers first, and reports every bad row with its line and reason', async () => {
    const file = await h.file('people.csv', peopleCsv(rows));
    const summary = await importPeople(h.client, { file, rejects: 'rejects.csv' }, h.io);

    expect(summary).toMatchObject({ rows: 7, created: 2, updated: 0, unchanged: 0, alreadyRegistered: 0 });
    expect(summary.rejected.map((r) => r.line)).toEqual([4, 5, 6, 7, 8]);
    expect(summary.rejected.find((r) => r.line === 4)!.reasons.join()).toMatch(/displayName/);
    expect(summary.rejected.find((r) => r.line === 5)!.reasons.join()).toMatch(/email/);
    expect(summary.rejected.find((r) => r.line === 6)!.reasons.join()).toMatch(/seniority/);
    expect(summary.rejected.find((r) => r.line === 7)!.reasons.join()).toMatch(/ghost@example.com/);
    expect(summary.rejected.find((r) => r.line === 8)!.reasons.join()).toMatch(/line 2/);
    const rejects = await readFile(join(h.dir, 'rejects.csv'), 'utf8');
    expect(rejects.split('\n')[0]).toBe('line,reasons,Name,E-mail,Department,Function,Office,Level,Skills,Manager Email');
    expect(rejects).toContain('6,');
    expect(await h.eventCounts()).toMatchObject({ PersonRegistered: 2 });

    const ben = await h.client.request<{ items: Array<{ managerId: string; personId: string }> }>(
      'GET',
      '/v1/people?email=BEN@example.com',
    );
    const ana = await h.client.request<{ items: Array<{ personId: string }> }>('GET', '/v1/people?email=ana@example.com');
    expect(ben.body.items).toHaveLength(1);
    expect(ben.body.items[0]!.managerId).toBe(ana.body.items[0]!.personId);
  });

  it('writes a rejected row that starts like a formula as text in the rejects file (CSV injection)', async () => {
    const file = await h.file('hostile.csv', peopleCsv([['=HYPERLINK(x)', 'not-an-email', '@SUM(1)', '-2+3', 'Lisbon', '3', '', '']]));
    const summary = await importPeople(h.client, { file, rejects: 'hostile-rejects.csv' }, h.io);
    expect(summary.rejected).toHaveLength(1);
    const [, row] = parse(await readFile(join(h.dir, 'hostile-rejects.csv'), 'utf8')) as string[][];
    expect(row!.slice(2, 6)).toEqual(["'=HYPERLINK(x)", 'not-an-email', "'@SUM(1)", "'-2+3"]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const summary = await importPeople(h.client, { file: 'people.csv' }, h.io);
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await h.eventCounts()).toMatchObject({ PersonRegistered: 2 });
    expect(await h.eventCounts()).not.toHaveProperty('PersonProfileUpdated');
  });

  it('updates only the changed fields of a person matched by email, with the version it read', async () => {
    const file = await h.file(
      'people-v2.csv',
      peopleCsv([rows[0]!, ['Ben Okafor', 'ben@example.com', 'Finance', 'Treasury', 'Frankfurt', '3', 'tax', 'ana@example.com']]),
    );
    const summary = await importPeople(h.client, { file }, h.io);
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 1, rejected: [] });
    const events = await h.events('PersonProfileUpdated');
    expect(events.map((e) => (e.data as { changes: unknown }).changes)).toEqual([{ function: 'Treasury', location: 'Frankfurt' }]);
  });

  it('maps columns named differently with --map, and a dry run sends nothing', async () => {
    const file = await h.file('hr.csv', 'Full,Mail,Dept,Fn,Site,Grade\nZoe Park,zoe@example.com,Legal,Compliance,Berlin,4\n');
    const summary = await importPeople(
      h.client,
      { file, dryRun: true, map: 'displayName=Full,email=Mail,department=Dept,function=Fn,location=Site,seniority=Grade' },
      h.io,
    );
    expect(summary).toMatchObject({ created: 1, dryRun: true, rejected: [] });
    expect(await h.eventCounts()).toMatchObject({ PersonRegistered: 2 });
    expect(h.lines.join('\n')).toContain('would register');
  });
});
