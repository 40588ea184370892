import { loadServiceConfig } from '@rapport/config';
import { runMain, stopOnSignal } from '@rapport/runtime';
import { createApp } from './create-app';
import { openRuntime } from './open-runtime';

/** Production entry: the HTTP API and the outbox relay; projections run in their own worker processes. */
async function main(): Promise<void> {
  const config = loadServiceConfig(process.env);
  const runtime = await openRuntime(config, { log: (m) => console.warn(m) });
  const app = await createApp(runtime);
  await app.listen(config.http.port, config.http.host);
  console.log(
    `rapport event-service listening on http://${config.http.host}:${config.http.port} (${runtime.db.engine}, ${runtime.transport.kind})`,
  );
  stopOnSignal([app, runtime]);
}

runMain(main);
