import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eventually } from '@rapport/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli';
import { startCliHarness, type CliHarness } from './cli-harness';

describe('rapport status, rebuild and export', () => {
  let h: CliHarness;
  beforeAll(async () => {
    h = await startCliHarness();
  });
  afterAll(async () => h?.close());

  const run = async (...argv: string[]) => {
    h.lines.length = 0;
    const code = await runCli(argv, h.io);
    return { code, output: h.lines.join('\n') };
  };

  it('signs in on a dev server when no token is given, and shows projection status', async () => {
    const { code, output } = await run('status');
    expect(code).toBe(0);
    expect(output).toContain('signed in as a dev admin');
    expect(output).toMatch(/events in store/);
  });

  it('rebuilds the read models and follows the rebuild to its end', async () => {
    const seeded = await run('seed', '--people', '20', '--days', '3', '--seed', '1', '--no-signals');
    expect(seeded.output).toMatch(/help given\s+\d+ generated, skipped: left out \(--no-signals\)/);
    const { code, output } = await run('rebuild');
    expect(code).toBe(0);
    expect(output).toMatch(/state\s+switched/);
  });

  it('exports a cohort report to a file with progress, and the export is recorded', async () => {
    const admin = await h.app.token('admin');
    const program = await h.app.request('POST', '/v1/programs', { token: admin, body: { name: 'Leaders' } });
    const programId = program.body.streamId.slice('program-'.length);
    const cohort = await h.app.request('POST', '/v1/cohorts', {
      token: admin,
      body: { programId, name: 'Spring', startsOn: '2026-03-02', endsOn: '2026-06-26' },
    });
    const cohortId = cohort.body.streamId.slice('cohort-'.length);
    await eventually(
      () => h.app.request('GET', `/v1/cohorts/${cohortId}`, { token: admin }),
      (r) => r.status === 200,
    );
    const { code, output } = await run(
      'export',
      'cohort',
      cohortId,
      '--format',
      'pdf',
      '--out',
      'spring.pdf',
      '--as-of',
      '2026-04-01T00:00:00Z',
    );
    expect(code).toBe(0);
    expect(output).toContain('preparing the PDF report');
    expect(output).toMatch(/bytes\s+\d+/);
    expect((await readFile(join(h.dir, 'spring.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await h.eventCounts()).ReportExported).toBe(1);
  });

  it('reports an unknown cohort or format readably with a non-zero exit', async () => {
    const unknown = await run('export', 'cohort', '00000000-0000-4000-8000-000000000009', '--format', 'csv', '--out', 'x.csv');
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('HTTP 404');
    const badFormat = await run('export', 'cohort', 'x', '--format', 'docx', '--out', 'x.docx');
    expect(badFormat.code).not.toBe(0);
    expect(badFormat.output).toContain('Allowed choices are csv, xlsx, pdf');
  });

  it('refuses a bad option with a readable message and a non-zero exit', async () => {
    const { code, output } = await run('seed', '--people', '5');
    expect(code).not.toBe(0);
    expect(output).toContain('a whole number from 20 to 100000');
    const profile = await run('seed', '--people', '20', '--profile', 'busy', '--dry-run');
    expect(profile.code).not.toBe(0);
    expect(profile.output).toContain('Allowed choices are typical, dense');
  });

  it('generates a dense, mail-heavy organisation on request', async () => {
    const count = (output: string) => Number(/interactions\s+(\d+) generated/.exec(output)?.[1]);
    const typical = await run('seed', '--people', '40', '--days', '20', '--dry-run');
    const dense = await run('seed', '--people', '40', '--days', '20', '--profile', 'dense', '--dry-run');
    expect(dense.output).toContain('seed 1, dense');
    expect(count(dense.output) / count(typical.output)).toBeGreaterThan(2);
  });
});
