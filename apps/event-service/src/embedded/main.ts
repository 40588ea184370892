import { createServer } from 'node:net';
import { loadServiceConfig } from '@rapport/config';
import { rebuildReadModels, startProjectionWorker, WorkerMetrics } from '@rapport/projections';
import { demoOrganisation } from '@rapport/demo-organisation';
import { everyEventProjected } from '@rapport/contracts';
import { projectionLag } from '@rapport/read-models';
import { readModelJobs, runMain, StartError, stopOnSignal, transportFor } from '@rapport/runtime';
import { TokenVerifier } from '../auth/token-verifier';
import { createApp } from '../create-app';
import { openRuntime } from '../open-runtime';
import { seedDemoOrganisation } from './seed-demo';

/**
 * The embedded default: event-service, relay and projection worker in one process,
 * PGlite in RAPPORT_DATA_DIR, events travelling in-process — the same code paths as
 * production. Seeds the demo organisation on first start.
 */
async function main(): Promise<void> {
  // A short, readable start-up: request and route logs (JSON, for production) only when LOG_LEVEL asks for them.
  const config = loadServiceConfig({ LOG_LEVEL: 'warn', ...process.env });
  // Before the data folder is opened: a second Rapport on the same port is most likely on the same folder too.
  await portIsFree(config.http.port, config.http.host);
  const transport = transportFor(config);
  await transport.start();
  const runtime = await openRuntime(config, { transport, log: (m) => console.warn(m) });

  // The in-process transport keeps nothing across restarts: apply whatever the read models miss.
  await rebuildReadModels({
    db: runtime.db,
    store: runtime.store,
    strength: runtime.strength,
    keepExisting: true,
    personal: runtime.personalData,
  });
  const log = (m: string) => console.warn(`worker: ${m}`);
  const worker = await startProjectionWorker({
    db: runtime.db,
    personal: runtime.personalData,
    transport,
    groupId: config.projectionGroupId,
    strength: runtime.strength,
    log,
    // One process, one /metrics: the worker's metrics join the service's registry.
    observer: new WorkerMetrics(runtime.metrics.registry, Date.now, { defaultMetrics: false }),
  });

  const jobs = readModelJobs({ db: runtime.db, config, strength: runtime.strength, now: () => runtime.clock.now(), log });
  const structuralJob = jobs.startStructuralJob();
  const statistics = jobs.startStatisticsJob();
  const app = await createApp(runtime);
  await app.listen(config.http.port, config.http.host).catch((error: unknown) => {
    throw (error as { code?: string }).code === 'EADDRINUSE' ? portInUse(config.http.port) : error;
  });
  const seeded = config.seedDemo ? await seedDemoOrganisation(app, runtime) : null;
  if (seeded) {
    // The first scheduled run saw an empty organisation: once the seed is projected, compute again.
    for (let i = 0; i < 600 && !everyEventProjected(await projectionLag(runtime.db, null)); i++)
      await new Promise((r) => setTimeout(r, 100));
    await structuralJob.runNow();
  }
  // After the seed, so that its first run keeps the seeded people's figures.
  const weekFigures = jobs.startWeekFiguresJob();

  const url = `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${config.http.port}`;
  console.log(`\nRapport is running at ${url}  (API docs: ${url}/docs)`);
  console.log(`  store: ${runtime.db.engine} in ${config.dataDir}   transport: ${transport.kind}`);
  if (seeded)
    console.log(
      `  seeded the demo organisation: ${seeded.people} people, ${seeded.interactions} interactions, ${seeded.signals} habit signals (help, introductions, thank-you notes, "felt heard" answers, targets)`,
    );
  if (config.auth.mode === 'dev') {
    const verifier = app.get(TokenVerifier);
    const admin = await verifier.issueDevToken('admin', undefined, runtime.clock.now());
    const someone = demoOrganisation({ until: runtime.clock.now() }).people[1]!;
    console.log(`\n  admin token (12 h):\n    ${admin.token}`);
    console.log(`\n  try:\n    curl -H "Authorization: Bearer $TOKEN" ${url}/v1/people/${someone.personId}/relationships`);
    console.log(
      `  or sign in as anyone: curl -X POST ${url}/v1/auth/dev-token -H 'content-type: application/json' -d '{"role":"participant","personId":"${someone.personId}"}'\n`,
    );
  }

  stopOnSignal([worker, structuralJob, weekFigures, statistics, app, runtime, transport]);
}

const portInUse = (port: number) =>
  new StartError(
    `Port ${port} is already in use (another Rapport, or another program). Stop it, or start on another port: PORT=${port + 1} pnpm start`,
  );

function portIsFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? portInUse(port) : error));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

runMain(main);
