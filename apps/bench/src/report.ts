import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import type { FreshnessResult } from './freshness.bench';
import type { IngestResult } from './ingest.bench';
import type { ProjectionResult, RebuildResult } from './projection.bench';
import type { QueryResult } from './queries.bench';

export interface ScaleResult {
  readonly scale: number;
  readonly people: number;
  readonly events: number;
  readonly ingest: IngestResult;
  readonly projection: ProjectionResult;
  readonly freshness: FreshnessResult;
  readonly queries: readonly QueryResult[];
  readonly rebuild: RebuildResult;
  readonly serviceRssMiB: number | null;
  readonly workerRssMiB: number | null;
}

const START = '<!-- bench:start (written by `pnpm bench`) -->';
const END = '<!-- bench:end -->';
const n = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const goal = (ok: boolean) => (ok ? 'met' : '**not met**');

/** A query run that got answers, all of them 2xx. */
const answered = (q: QueryResult) => q.requests > 0 && q.non2xx === 0;

function idsNoun(endpoint: string, count: number): string {
  const noun = endpoint.includes('cohorts') ? 'cohort' : endpoint.includes('managers') ? 'manager' : 'person';
  if (count === 1) return noun;
  return noun === 'person' ? 'people' : `${noun}s`;
}

export function markdown(results: readonly ScaleResult[], machine: string, date: string): string {
  const lines: string[] = [START, '', `Measured ${date} on ${machine}.`, ''];
  for (const r of results) {
    lines.push(`### ${r.scale}× — ${n(r.people)} people, ${n(r.events)} events`, '');
    lines.push('| benchmark | Rapport | raw limit | ratio | goal |', '|---|---|---|---|---|');
    lines.push(
      `| ingest: interactions/s through \`POST /v1/interactions/batch\` until relayed to Kafka | ${n(r.ingest.rapportPerSecond)} /s (${n(r.ingest.rapportSeconds, 1)} s) | ${n(r.ingest.rawPerSecond)} /s (${n(r.ingest.rawSeconds, 1)} s) | ${n(r.ingest.ratio, 2)} | ≥ 0.5: ${goal(r.ingest.ratio >= 0.5)} |`,
      `| projection: events/s from Kafka into the read models | ${n(r.projection.rapportPerSecond)} /s (${n(r.projection.rapportSeconds, 1)} s) | ${n(r.projection.rawPerSecond)} /s (${n(r.projection.rawSeconds, 1)} s) | ${n(r.projection.ratio, 2)} | ≥ 0.5: ${goal(r.projection.ratio >= 0.5)} |`,
      `| full rebuild from the event store | ${n(r.rebuild.perSecond)} events/s (${n(r.rebuild.events)} events in ${n(r.rebuild.seconds, 1)} s) | | | |`,
      `| freshness at ${n(r.freshness.targetPerSecond)} interactions/s (achieved ${n(r.freshness.achievedPerSecond)}) | p50 ${n(r.freshness.p50Ms)} ms, p99 ${n(r.freshness.p99Ms)} ms, max ${n(r.freshness.maxMs)} ms over ${n(r.freshness.events)} events | | | p99 < 1 s: ${goal(r.freshness.p99Ms < 1000)} |`,
    );
    for (const q of r.queries) {
      const outcome = answered(q) ? `p50 ${n(q.p50Ms)} ms, p99 ${n(q.p99Ms)} ms, ${n(q.perSecond)} req/s` : `no answer: ${n(q.failed)} errors or timeouts, ${n(q.non2xx)} non-2xx`;
      const over = q.ids === undefined ? '' : `, ${n(q.ids)} ${idsNoun(q.endpoint, q.ids)} in turn`;
      lines.push(`| \`GET ${q.endpoint}\`, 50 connections${over} | ${outcome} | | | p99 < 50 ms: ${goal(answered(q) && q.p99Ms < 50)} |`);
    }
    lines.push(`| peak RSS | event-service ${r.serviceRssMiB ?? '?'} MiB, worker ${r.workerRssMiB ?? '?'} MiB | | | |`, '');
  }
  if (results.length > 1) {
    lines.push('### Growth', '', '| scale | people | events | ingest /s | projection /s | rebuild /s | freshness p99 | query p99 (network / relationships / cohort summary / manager dashboard) | service RSS | worker RSS |', '|---|---|---|---|---|---|---|---|---|---|');
    for (const r of results) {
      lines.push(
        `| ${r.scale}× | ${n(r.people)} | ${n(r.events)} | ${n(r.ingest.rapportPerSecond)} | ${n(r.projection.rapportPerSecond)} | ${n(r.rebuild.perSecond)} | ${n(r.freshness.p99Ms)} ms | ${r.queries.map((q) => (answered(q) ? `${n(q.p99Ms)} ms` : 'no answer')).join(' / ')} | ${r.serviceRssMiB ?? '?'} MiB | ${r.workerRssMiB ?? '?'} MiB |`,
      );
    }
    lines.push('');
  }
  lines.push(END);
  return lines.join('\n');
}

/** Puts the generated section into docs/performance.md, keeping everything else. */
export function writeReport(file: string, section: string): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + section + current.slice(end + END.length)
      : `${current.trimEnd()}\n\n## Benchmarks against the raw limits\n\n${section}\n`;
  writeFileSync(file, next);
}
