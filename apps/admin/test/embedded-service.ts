import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');

export interface EmbeddedService {
  readonly url: string;
  /** Everything the service printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface EmbeddedServiceOptions {
  /** Default: a free port. */
  readonly port?: number;
  /** Settings over the defaults (dev sign-in), e.g. the AUTH_* settings of sign-in through an OIDC provider. */
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

/**
 * Starts the embedded default (`pnpm start` without the build step: demo organisation
 * seeded, admin app served from the same origin) as a child process, with its data in a
 * fresh temporary folder, and waits until the demo organisation is seeded.
 */
export async function startEmbeddedService(options: EmbeddedServiceOptions = {}): Promise<EmbeddedService> {
  const port = options.port ?? (await freePort());
  const timeoutMs = options.timeoutMs ?? 180_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-admin-e2e-'));
  // Run from the event-service's folder so tsx reads its tsconfig (decorators).
  const child: ChildProcess = spawn(join(repoRoot, 'node_modules/.bin/tsx'), ['src/embedded/main.ts'], {
    cwd: join(repoRoot, 'apps/event-service'),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      RAPPORT_DATA_DIR: dataDir,
      AUTH_MODE: 'dev',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const started = Date.now();
  while (!/seeded the demo organisation/.test(output)) {
    if (child.exitCode !== null) throw new Error(`the embedded service exited (${child.exitCode}):\n${output}`);
    if (Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`the embedded service did not seed within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return { url: `http://127.0.0.1:${port}`, output: () => output, stop };
}
