import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, waitFor } from '@rapport/test-support';

const root = resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'rapport-first-run-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `pnpm start` as a person runs it, in a process group of its own (what a terminal's Ctrl-C reaches). */
function pnpmStart(port: number): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const { LOG_LEVEL: _chosenElsewhere, ...env } = process.env;
  const child = spawn('pnpm', ['start'], {
    cwd: root,
    env: { ...env, PORT: String(port), RAPPORT_DATA_DIR: dataDir },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

describe('the first run, as the README tells it', () => {
  it('starts with a short, readable start-up, refuses a busy port in one line, and stops on Ctrl-C without an error', async () => {
    const port = await freePort();
    const first = pnpmStart(port);
    await waitFor(async () => /admin token/.test(first.output()), 'the welcome message', 240_000, first.output);
    const startUp = first.output().slice(0, first.output().indexOf('admin token'));
    // No JSON log lines (those are for production, LOG_LEVEL=info) and no build chatter before the welcome.
    expect(startUp.split('\n').filter((line) => line.trimStart().startsWith('{'))).toEqual([]);
    expect(startUp.split('\n').length).toBeLessThan(20);
    expect(startUp).toContain(`Rapport is running at http://127.0.0.1:${port}`);

    const second = pnpmStart(port);
    expect(await second.exited).toBe(1);
    const said = second.output();
    expect(said).toContain(`Port ${port} is already in use`);
    expect(said).toContain('PORT=');
    expect(said).not.toMatch(/EADDRINUSE|\n\s+at /);

    process.kill(-first.child.pid!, 'SIGINT');
    expect(await first.exited).toBe(0);
    expect(first.output()).not.toMatch(/ERR_PNPM|ELIFECYCLE|Command failed/);
  }, 300_000);
});
