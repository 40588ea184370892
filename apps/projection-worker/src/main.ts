import { ConfigError, loadWorkerConfig } from '@rapport/config';
import { defaultStrengthParameters } from '@rapport/domain';
import { EventStore } from '@rapport/event-store';
import { startProjectionWorker, startRebuildRunner, WorkerMetrics } from '@rapport/projections';
import { latestRebuild, PROJECTION_VERSION, requestRebuild } from '@rapport/read-models';
import { openStorage, personalDataFor, readModelJobs, runMain, stopOnSignal, transportFor } from '@rapport/runtime';
import { pino } from 'pino';
import { startWorkerHttp } from './observability/worker-http';

/**
 * Production worker: a member of the projection consumer group on Kafka.
 * `rebuild` as the first argument rebuilds the read models from the event store and exits.
 */
async function main(): Promise<void> {
  const config = loadWorkerConfig(process.env);
  if (config.transport.kind !== 'kafka' && process.argv[2] !== 'rebuild') {
    throw new ConfigError(['KAFKA_BROKERS: required for a separate worker process (the embedded default runs its worker in-process)']);
  }
  const db = await openStorage(config);
  const personal = personalDataFor(config);
  if (process.argv[2] === 'rebuild') {
    // Beside the live read models, switching over when caught up: running services keep answering.
    const { rebuild } = await requestRebuild(db, 'requested from the command line', PROJECTION_VERSION);
    const progress = setInterval(() => {
      void latestRebuild(db).then((r) => r && process.stderr.write(`\rrebuilding: ${r.processed}/${r.total} (${r.percent}%)`));
    }, 500);
    const runner = startRebuildRunner({ db, store: new EventStore(db), strength: defaultStrengthParameters, personal, pollMs: 3_600_000 });
    await runner.runPending();
    await runner.stop();
    clearInterval(progress);
    const outcome = await latestRebuild(db);
    console.log(
      outcome?.rebuildId === rebuild.rebuildId && outcome.state === 'switched'
        ? `\nrebuilt from ${outcome.processed} events and switched over`
        : `\nrebuild ${rebuild.rebuildId}: ${outcome?.state ?? 'unknown'}${outcome?.error ? ` (${outcome.error})` : ''}`,
    );
    await db.close();
    return;
  }
  const transport = transportFor(config, '-worker');
  await transport.start();
  const logger = pino({ level: config.logLevel, base: { service: 'projection-worker' } });
  const metrics = new WorkerMetrics();
  const subscription = await startProjectionWorker({
    db,
    personal,
    transport,
    groupId: config.projectionGroupId,
    strength: defaultStrengthParameters,
    log: (m) => logger.warn(m),
    observer: metrics,
  });
  const http = await startWorkerHttp(config.workerHttpPort, config.host, metrics.registry, {
    ready: async () => ({
      store: await db.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      transport: await transport.lag(config.projectionGroupId, transport.topics.events).then(
        () => true,
        () => false,
      ),
    }),
  });
  logger.info(
    { topic: transport.topics.events, groupId: config.projectionGroupId, http: http.address() },
    `rapport projection-worker consuming ${transport.topics.events} as ${config.projectionGroupId}`,
  );
  const jobs = readModelJobs({ db, config, strength: defaultStrengthParameters, log: (m) => console.log(m) });
  const structuralJob = jobs.startStructuralJob();
  const weekFigures = jobs.startWeekFiguresJob();
  const statistics = jobs.startStatisticsJob();
  stopOnSignal([http, subscription, structuralJob, weekFigures, statistics, transport, db]);
}

runMain(main);
