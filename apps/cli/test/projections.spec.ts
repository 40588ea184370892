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

  it('signs in on a dev server when no token is given, and shows projection status or says it is not supported', async () => {
    const { code, output } = await run('status');
    expect(code).toBe(0);
    expect(output).toContain('signed in as a dev admin');
    expect(output).toMatch(/events in store|does not offer projection status yet/);
  });

  it('rebuilds the read models and follows the rebuild to its end, or says it is not supported', async () => {
    await run('seed', '--people', '20', '--days', '3', '--seed', '1');
    const { code, output } = await run('rebuild');
    if (output.includes('does not support rebuilding')) expect(code).toBe(0);
    else {
      expect(code).toBe(0);
      expect(output).toMatch(/state\s+switched/);
    }
  });

  it('says plainly that cohort exports are not available yet', async () => {
    const { code, output } = await run('export', '--cohort', 'x', '--format', 'csv');
    expect(code).toBe(1);
    expect(output).toContain('arrive with cohorts');
  });

  it('refuses a bad option with a readable message and a non-zero exit', async () => {
    const { code, output } = await run('seed', '--people', '5');
    expect(code).not.toBe(0);
    expect(output).toContain('a whole number from 20 to 100000');
  });
});
