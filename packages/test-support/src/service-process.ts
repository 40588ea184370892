import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in packages/test-support/src). */
export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const root = repositoryRoot;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface ServiceProcess {
  readonly process: ChildProcess;
  readonly output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The entries a test can start: each app's production main, and the embedded default (the
 * event-service with its worker in one process); `bundle` is where `bundleEntry` writes it.
 */
const entries = {
  'event-service': { app: 'event-service', main: 'src/main.ts', bundle: 'dist/main.js' },
  'projection-worker': { app: 'projection-worker', main: 'src/main.ts', bundle: 'dist/main.js' },
  embedded: { app: 'event-service', main: 'src/embedded/main.ts', bundle: 'dist/embedded.js' },
} as const;

export type ServiceEntry = keyof typeof entries;

export interface StartOptions {
  /**
   * Run the entry as production does (infra/docker): bundled by scripts/bundle-node-app.mjs
   * and started with plain node, instead of compiled on load by tsx. The bundle is built
   * once per test process, from the sources as they are.
   */
  readonly bundled?: boolean;
}

const bundled = new Set<ServiceEntry>();

/** Builds the entry's production bundle (once per process). */
export function bundleEntry(entry: ServiceEntry): void {
  if (bundled.has(entry)) return;
  const { app, main, bundle } = entries[entry];
  execFileSync(process.execPath, [`${root}scripts/bundle-node-app.mjs`, main, bundle], { cwd: `${root}apps/${app}`, stdio: 'inherit' });
  bundled.add(entry);
}

/**
 * Starts one of Rapport's apps as its own OS process, as production would (its main from
 * the app's folder: compiled on load by tsx, or its bundle with `bundled`). One process, no
 * wrapper: a SIGKILL hits the app. With RAPPORT_PROFILE_DIR set, the event-service (or the
 * app RAPPORT_PROFILE_APP names) writes a V8 CPU profile there when it stops.
 */
export function startProcess(entry: ServiceEntry, env: Record<string, string>, options: StartOptions = {}): ServiceProcess {
  const { app, main, bundle } = entries[entry];
  const profile =
    process.env.RAPPORT_PROFILE_DIR && app === (process.env.RAPPORT_PROFILE_APP ?? 'event-service')
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.RAPPORT_PROFILE_DIR}`]
      : [];
  if (options.bundled) bundleEntry(entry);
  const code = options.bundled ? ['--enable-source-maps', bundle] : ['--import', 'tsx', main];
  const child = spawn(process.execPath, [...profile, ...code], {
    cwd: `${root}apps/${app}`,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return {
    process: child,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill(signal);
      }),
  };
}

export async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
  describe?: () => string,
  process?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process && process.exitCode !== null)
      throw new Error(`the process exited (${process.exitCode}) before ${what}\n${describe?.() ?? ''}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms${describe ? `\n${describe()}` : ''}`);
}
