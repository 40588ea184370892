import type { ProjectionStatusResponse, RebuildView } from '@rapport/contracts';
import { describeProblem, type RapportClient } from '../api-client';
import { supportedPaths } from '../connection';
import { printSummary, type CliIo } from '../io';
import { Progress } from '../progress';

const STATUS = 'GET /v1/projections/status';
const REBUILD = 'POST /v1/projections/rebuild';

/** `rapport status`: how far the read models trail the event store, and any rebuild under way. */
export async function projectionStatus(client: RapportClient, io: CliIo): Promise<ProjectionStatusResponse | null> {
  if (!(await supportedPaths(client)).has(STATUS)) {
    io.err('rapport status: this server does not offer projection status yet (no GET /v1/projections/status)');
    return null;
  }
  const response = await client.request<ProjectionStatusResponse>('GET', '/v1/projections/status');
  if (response.status !== 200) throw new Error(`status: ${describeProblem(response)}`);
  const s = response.body;
  printSummary(
    io,
    'Projections',
    [
      ['live version', s.liveVersion],
      ['code version', s.codeVersion],
      ['events in store', s.lag.eventsInStore],
      ['events projected', s.lag.eventsProjected],
      ['outbox pending', s.lag.outboxPending],
      ['consumer lag', s.lag.consumerLag ?? 'n/a'],
      ['last projected', s.lastProjected?.projectedAt ?? 'never'],
    ],
    s.rebuild
      ? [`rebuild ${s.rebuild.rebuildId}: ${s.rebuild.state}, ${s.rebuild.processed}/${s.rebuild.total} events (${s.rebuild.percent}%)`]
      : [],
  );
  return s;
}

/** `rapport rebuild`: asks for a rebuild and follows it to the end with a progress bar. */
export async function rebuildProjections(client: RapportClient, io: CliIo, pollMs = 500): Promise<RebuildView | null> {
  if (!(await supportedPaths(client)).has(REBUILD)) {
    io.err('rapport rebuild: this server does not support rebuilding projections yet (no POST /v1/projections/rebuild)');
    return null;
  }
  const requested = await client.request<RebuildView>('POST', '/v1/projections/rebuild', {
    body: { reason: 'rapport rebuild' },
    idempotencyKey: `rapport-cli-rebuild-${Date.now()}`,
  });
  if (requested.status !== 202) throw new Error(`rebuild: ${describeProblem(requested)}`);
  const progress = new Progress('rebuilding', 'events', { stream: io.progressStream, always: io.alwaysDrawProgress ?? false });
  progress.start(Math.max(requested.body.total, 1));
  let view = requested.body;
  let shown = 0;
  while (view.state === 'requested' || view.state === 'running') {
    await new Promise((r) => setTimeout(r, pollMs));
    const status = await client.request<ProjectionStatusResponse>('GET', '/v1/projections/status');
    if (status.status !== 200) throw new Error(`rebuild status: ${describeProblem(status)}`);
    if (!status.body.rebuild || status.body.rebuild.rebuildId !== view.rebuildId) break;
    view = status.body.rebuild;
    progress.setTotal(Math.max(view.total, 1));
    progress.advance(view.processed - shown);
    shown = view.processed;
  }
  const run = progress.stop();
  printSummary(
    io,
    'Rebuild',
    [
      ['state', view.state],
      ['events', `${view.processed}/${view.total}`],
      ['seconds', run.seconds.toFixed(1)],
    ],
    view.error ? [`error: ${view.error}`] : [],
  );
  if (view.state === 'failed') throw new Error(`rebuild failed: ${view.error ?? 'no reason given'}`);
  return view;
}
