import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import type { FreshnessResult } from './freshness.bench';
import type { IngestResult } from './ingest.bench';
import type { ProjectionResult, RebuildResult } from './projection.bench';
import type { QueryResult } from './queries.bench';
import type { EmbeddedDenseResult } from './embedded-dense.bench';
import type { HistoryGrowthResult } from './history-growth.bench';
import type { StructureJobResult } from './structure-job.bench';

export interface ScaleResult {
  readonly scale: number;
  /** How the row is named: `10×`, or `company` (100,000 people and a year). */
  readonly label: string;
  readonly people: number;
  readonly events: number;
  readonly ingest: IngestResult;
  readonly projection: ProjectionResult;
  readonly freshness: FreshnessResult;
  /** The raw read limit: one person's tie rows through a bare server, same ids and load. */
  readonly rawRead: QueryResult;
  readonly queries: readonly QueryResult[];
  readonly rebuild: RebuildResult;
  readonly serviceRssMiB: number | null;
  readonly workerRssMiB: number | null;
  /** The structural job, where the row timed it. */
  readonly structure?: StructureJobResult;
}

const START = '<!-- bench:start (written by `pnpm bench`) -->';
const END = '<!-- bench:end -->';
const n = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const goal = (ok: boolean) => (ok ? 'met' : '**not met**');

/** Where a run's CPU went per request (`; CPU/request: server 1.2 ms, database 0.8 ms`), or nothing where it was not read. */
export function cpuText(cpu: QueryResult['cpu']): string {
  return cpu
    ? `; CPU per request: server ${n(cpu.server, 2)} ms (${n(cpu.serverMainThread, 2)} ms on its main thread), database ${n(cpu.database, 2)} ms, load generator ${n(cpu.load, 2)} ms`
    : '';
}

/** A query run that got answers, all of them 2xx. */
const answered = (q: QueryResult) => q.requests > 0 && q.non2xx === 0;

function idsNoun(endpoint: string, count: number): string {
  const noun = endpoint.includes('cohorts') ? 'cohort' : endpoint.includes('managers') ? 'manager' : 'person';
  if (count === 1) return noun;
  return noun === 'person' ? 'people' : `${noun}s`;
}

/** The goal each query row is held to (issue: every page answers in milliseconds at company scale). */
function queryGoal(q: QueryResult, raw: QueryResult): { ratio: string; goal: string } {
  const ok = answered(q);
  if (!q.endpoint.includes('{id}')) {
    const ratio = raw.perSecond > 0 ? q.perSecond / raw.perSecond : 0;
    return {
      ratio: n(ratio, 2),
      goal: 'none: the floor under every answer (token checked, request logged and counted, headers, JSON), no database',
    };
  }
  if (q.endpoint.includes('/people/')) {
    const ratio = raw.perSecond > 0 ? q.perSecond / raw.perSecond : 0;
    return { ratio: n(ratio, 2), goal: `≥ 0.6 of the raw read limit and p99 ≤ 100 ms: ${goal(ok && ratio >= 0.6 && q.p99Ms <= 100)}` };
  }
  if (q.endpoint.includes('/managers/'))
    return { ratio: '', goal: `p99 ≤ 500 ms, every request answered: ${goal(ok && q.failed === 0 && q.p99Ms <= 500)}` };
  return { ratio: '', goal: `p99 ≤ 100 ms: ${goal(ok && q.p99Ms <= 100)}` };
}

export function markdown(
  results: readonly ScaleResult[],
  machine: string,
  date: string,
  growth: HistoryGrowthResult | null = null,
  dense: EmbeddedDenseResult | null = null,
): string {
  const lines: string[] = [START, '', `Measured ${date} on ${machine}.`, ''];
  for (const r of results) {
    lines.push(`### ${r.label} — ${n(r.people)} people, ${n(r.events)} events`, '');
    lines.push('| benchmark | Rapport | raw limit | ratio | goal |', '|---|---|---|---|---|');
    lines.push(
      `| ingest: interactions/s through \`POST /v1/interactions/batch\` until relayed to Kafka | ${n(r.ingest.rapportPerSecond)} /s (${n(r.ingest.rapportSeconds, 1)} s) | ${n(r.ingest.rawPerSecond)} /s (${n(r.ingest.rawSeconds, 1)} s) | ${n(r.ingest.ratio, 2)} | ≥ 0.5: ${goal(r.ingest.ratio >= 0.5)} |`,
      `| projection: events/s from Kafka into the read models | ${n(r.projection.rapportPerSecond)} /s (${n(r.projection.rapportSeconds, 1)} s) | ${n(r.projection.rawPerSecond)} /s (${n(r.projection.rawSeconds, 1)} s) | ${n(r.projection.ratio, 2)} | ≥ 0.6: ${goal(r.projection.ratio >= 0.6)} |`,
      `| full rebuild from the event store | ${n(r.rebuild.perSecond)} events/s (${n(r.rebuild.events)} events in ${n(r.rebuild.seconds, 1)} s) | | | |`,
      `| freshness at ${n(r.freshness.targetPerSecond)} interactions/s (achieved ${n(r.freshness.achievedPerSecond)}) | p50 ${n(r.freshness.p50Ms)} ms, p99 ${n(r.freshness.p99Ms)} ms, max ${n(r.freshness.maxMs)} ms over ${n(r.freshness.events)} events | | | p99 < 1 s: ${goal(r.freshness.p99Ms < 1000)} |`,
    );
    const raw = r.rawRead;
    const rawCell = `p50 ${n(raw.p50Ms)} ms, p99 ${n(raw.p99Ms)} ms, ${n(raw.perSecond)} req/s`;
    lines.push(`| ${raw.endpoint}, 50 connections, every person in turn | | ${rawCell}${cpuText(raw.cpu)} | | |`);
    for (const q of r.queries) {
      const outcome = answered(q)
        ? `p50 ${n(q.p50Ms)} ms, p99 ${n(q.p99Ms)} ms, ${n(q.perSecond)} req/s`
        : `no answer: ${n(q.failed)} errors or timeouts, ${n(q.non2xx)} non-2xx`;
      const failures =
        (answered(q) && q.failed > 0 ? ` (${n(q.failed)} unanswered)` : '') +
        (q.firstPassSeconds === undefined ? '' : `; untimed first pass: ${n(q.firstPassSeconds, 1)} s`);
      const over = q.ids === undefined ? '' : `, ${n(q.ids)} ${idsNoun(q.endpoint, q.ids)} in turn`;
      const { ratio, goal: held } = queryGoal(q, raw);
      const againstRaw = q.endpoint.includes('/people/') || !q.endpoint.includes('{id}');
      lines.push(
        `| \`GET ${q.endpoint}\`, 50 connections${over} | ${outcome}${failures}${cpuText(q.cpu)} | ${againstRaw ? rawCell : ''} | ${ratio} | ${held} |`,
      );
    }
    const job = r.structure;
    if (job)
      lines.push(
        `| structural job (every pair scored, every metric, the run stored) | ${n(job.seconds, 1)} s (${n(job.cpuSeconds, 1)} s CPU), ${n(job.people)} people, ${n(job.ties)} active ties, at most ${n(job.memoryMiB)} MiB | | | ≤ 5 min: ${goal(job.seconds <= 300)} |`,
      );
    lines.push(`| peak RSS | event-service ${r.serviceRssMiB ?? '?'} MiB, worker ${r.workerRssMiB ?? '?'} MiB | | | |`, '');
  }
  if (results.length > 1) {
    lines.push(
      '### Growth',
      '',
      '| scale | people | events | ingest /s | projection /s | rebuild /s | freshness p99 | query p99 (network now / past, relationships now / past, cohort summary, cohort series, manager dashboard) | service RSS | worker RSS |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const r of results) {
      lines.push(
        `| ${r.label} | ${n(r.people)} | ${n(r.events)} | ${n(r.ingest.rapportPerSecond)} | ${n(r.projection.rapportPerSecond)} | ${n(r.rebuild.perSecond)} | ${n(r.freshness.p99Ms)} ms | ${r.queries
          .filter((q) => q.endpoint.includes('{id}'))
          .map((q) => (answered(q) ? `${n(q.p99Ms)} ms` : 'no answer'))
          .join(' / ')} | ${r.serviceRssMiB ?? '?'} MiB | ${r.workerRssMiB ?? '?'} MiB |`,
      );
    }
    lines.push('');
  }
  if (growth) {
    lines.push(
      `### "Now" queries as the history doubles (${n(growth.people)} people, same pace)`,
      '',
      '| history | interactions | ties a person | network p50 | relationships p50 | raw read limit p50 (the same tie rows, no framework) |',
      '|---|---|---|---|---|---|',
    );
    for (const run of growth.runs)
      lines.push(
        `| ${n(run.days)} days | ${n(run.interactions)} | ${n(run.tiesPerPerson, 1)} | ${n(run.networkP50Ms, 1)} ms | ${n(run.relationshipsP50Ms, 1)} ms | ${n(run.rawReadP50Ms, 1)} ms |`,
      );
    const pct = (x: number) => `${x >= 0 ? '+' : ''}${n(x * 100)} %`;
    lines.push(
      `| change | | ${pct(growth.tiesChange)} | ${pct(growth.networkChange)} | ${pct(growth.relationshipsChange)} | ${pct(growth.rawReadChange)} |`,
      '',
      `Goal: p50 changes by less than 20 %: ${goal(Math.abs(growth.networkChange) < 0.2 && Math.abs(growth.relationshipsChange) < 0.2)}.`,
      '',
    );
  }
  if (dense) lines.push(...denseSection(dense));
  lines.push(END);
  return lines.join('\n');
}

/** The embedded default on a dense organisation: import and projection, then person queries. */
function denseSection(d: EmbeddedDenseResult): string[] {
  const pct = (x: number) => `${n(x * 100)} %`;
  const lines = [
    `### Embedded default (PGlite, worker in process), dense organisation`,
    '',
    `${n(d.people)} people, ${n(d.interactions)} interactions over a year (${pct(d.emailShare)} e-mails, ${pct(d.groupShare)} with more than two people; ${n(d.pairRows)} contribution rows), posted through \`POST /v1/interactions/batch\` in batches of 1,000, two at a time.`,
    '',
    '| benchmark | Rapport | goal |',
    '|---|---|---|',
    `| import (every interaction accepted) | ${n(d.importSeconds, 1)} s | |`,
    `| import + projection (the last one projected) | ${n(d.projectedSeconds, 1)} s | ≤ 60 s: ${goal(d.projectedSeconds <= 60)} |`,
  ];
  for (const q of d.queries) {
    const outcome = answered(q)
      ? `p50 ${n(q.p50Ms)} ms, p99 ${n(q.p99Ms)} ms, ${n(q.perSecond)} req/s, ${n(q.failed)} unanswered`
      : `no answer: ${n(q.failed)} errors or timeouts, ${n(q.non2xx)} non-2xx`;
    const first = q.firstPassSeconds === undefined ? '' : `; untimed first pass: ${n(q.firstPassSeconds, 1)} s`;
    lines.push(
      `| \`GET ${q.endpoint}\`, 50 connections, ${n(q.ids ?? 0)} people in turn | ${outcome}${first}${cpuText(q.cpu)} | p99 ≤ 150 ms, no errors: ${goal(answered(q) && q.failed === 0 && q.p99Ms <= 150)} |`,
    );
  }
  lines.push(`| peak RSS | ${d.serviceRssMiB ?? '?'} MiB | |`, '');
  return lines;
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
