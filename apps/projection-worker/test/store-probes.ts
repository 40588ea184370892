import type { Database } from '@rapport/event-store';
import type { ServiceProcess } from '@rapport/test-support';

/** An event as the store holds it: where it sits in its stream. */
export interface StoredPlace {
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  /** When its append's transaction began (recorded_at), epoch milliseconds. */
  readonly recordedAt: number;
}

export async function storedEvents(db: Database): Promise<StoredPlace[]> {
  const { rows } = await db.query<{ event_id: string; stream_id: string; stream_version: number; recorded_at: Date }>(
    'SELECT event_id, stream_id, stream_version, recorded_at FROM events ORDER BY global_position',
  );
  return rows.map((row) => ({
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    recordedAt: new Date(row.recorded_at).getTime(),
  }));
}

/** Each stream's versions as stored, in version order. */
export function streamVersions(events: readonly StoredPlace[]): Map<string, number[]> {
  const versions = new Map<string, number[]>();
  for (const { streamId, streamVersion } of events) {
    const list = versions.get(streamId);
    if (list) list.push(streamVersion);
    else versions.set(streamId, [streamVersion]);
  }
  for (const list of versions.values()) list.sort((a, b) => a - b);
  return versions;
}

export async function projectedEventIds(db: Database): Promise<string[]> {
  const { rows } = await db.query<{ event_id: string }>('SELECT event_id FROM rm_processed_events');
  return rows.map((row) => row.event_id);
}

export async function countOf(db: Database, table: 'events' | 'rm_processed_events'): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]!.n);
}

/** A worker's own Prometheus counters, from the port it reported at start. */
export async function projectedBy(worker: ServiceProcess): Promise<{ applied: number; duplicate: number }> {
  // The start-up line names the metrics address (another line, a broker error say, may name another port).
  const started = worker
    .output()
    .split('\n')
    .find((line) => line.includes('projection-worker consuming'));
  const port = started ? (JSON.parse(started) as { http: { port: number } }).http.port : undefined;
  if (!port) throw new Error(`the worker did not say where its metrics are:\n${worker.output().slice(-2_000)}`);
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const read = (outcome: string) =>
    Number(new RegExp(`rapport_events_projected_total\\{outcome="${outcome}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  return { applied: read('applied'), duplicate: read('duplicate') };
}
