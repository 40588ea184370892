// `pnpm start`: builds the admin app and the event-service's bundle when their sources
// changed (turbo's cache, otherwise nothing to do), then runs the embedded default from
// that built JavaScript in the foreground, as the container image runs the service. Ctrl-C stops the
// service cleanly and ends here with its exit code: this process waits for it rather
// than dying with the signal, so no "command failed" follows a normal stop.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };

const built = spawnSync(
  'pnpm',
  [
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@rapport/admin',
    '--filter=@rapport/event-service',
    '--output-logs=errors-only',
    '--log-prefix=none',
  ],
  {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
if (built.status !== 0) {
  console.error(
    'Rapport did not build: run `pnpm --filter @rapport/admin build` and `pnpm --filter @rapport/event-service build` to see why.',
  );
  process.exit(built.status ?? 1);
}

const service = spawn(process.execPath, ['--enable-source-maps', 'dist/embedded.js'], {
  cwd: `${root}apps/event-service`,
  env,
  stdio: 'inherit',
});
// The terminal sends Ctrl-C to the service too; it shuts down and exits by itself.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => service.kill(signal));
service.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
