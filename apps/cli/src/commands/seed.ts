import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAX_BATCH_INTERACTIONS, MAX_BATCH_PEOPLE, type LogInteractionRequest } from '@rapport/contracts';
import { syntheticOrganisation, type ActivityProfile, type SyntheticOrganisation } from '@rapport/synthetic-organisation';
import type { RapportClient } from '../api-client';
import { sendInBatches, type BatchItem, type BatchOutcome } from '../batches';
import { supportedPaths } from '../connection';
import { printSummary, type CliIo } from '../io';
import { Progress } from '../progress';
import { postCohorts, type CohortsOutcome } from '../seed/cohorts';
import { postSignals, signalRoutes, type PendingSignal, type SignalCounts, type SignalKind } from '../seed/signals';

export interface SeedOptions {
  readonly people: number;
  readonly days: number;
  readonly seed: number;
  readonly start?: string;
  /** How the people work together (the synthetic organisation's activity profile). */
  readonly profile?: ActivityProfile;
  readonly cohortsOut?: string;
  /** false: leave help, introductions and thank-you notes out (they go one request each). */
  readonly signals?: boolean;
  readonly dryRun?: boolean;
  readonly batchSize?: number;
  /** "Today" (tests): by default the activity ends yesterday. */
  readonly today?: Date;
}

export interface SeedSummary {
  people: { stored: number; alreadyStored: number; rejected: number };
  interactions: { generated: number; stored: number; alreadyStored: number; rejected: number };
  signals: Record<SignalKind, SignalCounts & { generated: number; skipped: string | null }>;
  cohorts: { generated: number } & Omit<CohortsOutcome, 'ids'>;
  seconds: number;
}

const DAY = 86_400_000;
const signalKinds: readonly SignalKind[] = ['help', 'introductions', 'thankYouNotes'];

/** `rapport seed`: a deterministic synthetic organisation, posted through the API like any import. */
export async function seed(client: RapportClient, options: SeedOptions, io: CliIo): Promise<SeedSummary> {
  const started = performance.now();
  const today = Date.parse((options.today ?? new Date()).toISOString().slice(0, 10));
  const start = options.start ?? new Date(today - options.days * DAY).toISOString().slice(0, 10);
  const org = syntheticOrganisation({
    people: options.people,
    days: options.days,
    seed: options.seed,
    start,
    profile: options.profile ?? 'typical',
  });
  const paths = await supportedPaths(client);
  const totals = countActivity(org);
  const summary: SeedSummary = {
    people: { stored: 0, alreadyStored: 0, rejected: 0 },
    interactions: { generated: totals.interactions, stored: 0, alreadyStored: 0, rejected: 0 },
    signals: {
      help: signalCounts('help', totals.help, paths, options.signals),
      introductions: signalCounts('introductions', totals.introductions, paths, options.signals),
      thankYouNotes: signalCounts('thankYouNotes', totals.thankYouNotes, paths, options.signals),
    },
    cohorts: { generated: org.cohorts.length, skipped: 'dry run', created: 0, alreadyThere: 0, enrolled: 0 },
    seconds: 0,
  };
  let postedIds = new Map<string, string>();

  if (!options.dryRun) {
    const progress = (label: string, unit: string) =>
      new Progress(label, unit, { stream: io.progressStream, always: io.alwaysDrawProgress ?? false });
    const registering = progress('people', 'people');
    registering.start(org.people.length);
    const people = await sendInBatches(
      client,
      { path: '/v1/people/batch', field: 'people' },
      org.people.map((p, i) => ({ line: i + 1, request: { ...p } })),
      {
        batchSize: Math.min(options.batchSize ?? MAX_BATCH_PEOPLE, MAX_BATCH_PEOPLE),
        onSettled: (n) => registering.advance(n),
      },
    );
    registering.stop();
    summary.people = { stored: people.stored, alreadyStored: people.alreadyStored, rejected: people.rejections.length };
    if (people.rejections.length > 0)
      throw new Error(`the server refused ${people.rejections.length} generated people, e.g. ${people.rejections[0]!.reasons.join('; ')}`);
    const { ids, ...cohorts } = await postCohorts(client, org.cohorts, paths);
    summary.cohorts = { generated: org.cohorts.length, ...cohorts };
    postedIds = ids;
    await postActivity(client, org, summary, options, progress('activity', 'events'), totals);
  }
  if (options.cohortsOut) {
    const written = org.cohorts.map((c) => ({ ...c, postedCohortId: postedIds.get(c.cohortId) ?? null }));
    await writeFile(resolve(io.cwd, options.cohortsOut), `${JSON.stringify(written, null, 2)}\n`);
  }
  summary.seconds = (performance.now() - started) / 1000;
  printSeedSummary(io, org, summary, options);
  return summary;
}

function signalCounts(kind: SignalKind, generated: number, paths: ReadonlySet<string>, wanted = true): SeedSummary['signals'][SignalKind] {
  const route = `POST ${signalRoutes[kind].path}`;
  const skipped = !wanted ? 'left out (--no-signals)' : paths.has(route) ? null : `this server has no ${route} yet`;
  return { generated, posted: 0, alreadyPosted: 0, failed: [], skipped };
}

function countActivity(org: SyntheticOrganisation): Record<SignalKind | 'interactions', number> {
  const totals = { interactions: 0, help: 0, introductions: 0, thankYouNotes: 0 };
  for (const day of org.days()) {
    totals.interactions += day.interactions.length;
    totals.help += day.help.length;
    totals.introductions += day.introductions.length;
    totals.thankYouNotes += day.thankYouNotes.length;
  }
  return totals;
}

/**
 * Day by day, in full batches of interactions; a day's help, introductions and notes are posted
 * once all of that day's interactions are stored (a note may name its interaction).
 */
async function postActivity(
  client: RapportClient,
  org: SyntheticOrganisation,
  summary: SeedSummary,
  options: SeedOptions,
  progress: Progress,
  totals: Record<string, number>,
): Promise<void> {
  const batchSize = Math.min(options.batchSize ?? MAX_BATCH_INTERACTIONS, MAX_BATCH_INTERACTIONS);
  const postable = signalKinds.filter((k) => summary.signals[k].skipped === null);
  progress.start(totals.interactions! + postable.reduce((sum, k) => sum + totals[k]!, 0));
  let interactions: Array<BatchItem<LogInteractionRequest>> = [];
  let signals: Array<{ afterLine: number; signal: PendingSignal }> = [];
  let line = 0;
  let sentUpTo = 0;
  const send = async (items: Array<BatchItem<LogInteractionRequest>>) => {
    const sent: BatchOutcome = await sendInBatches(client, { path: '/v1/interactions/batch', field: 'interactions' }, items, {
      batchSize,
      onSettled: (n) => progress.advance(n),
    });
    summary.interactions.stored += sent.stored;
    summary.interactions.alreadyStored += sent.alreadyStored;
    summary.interactions.rejected += sent.rejections.length;
    sentUpTo = items.at(-1)?.line ?? sentUpTo;
    const ready = signals.filter((s) => s.afterLine <= sentUpTo);
    signals = signals.filter((s) => s.afterLine > sentUpTo);
    await postSignals(
      client,
      ready.map((s) => s.signal),
      summary.signals,
      (n) => progress.advance(n),
    );
  };
  for (const day of org.days()) {
    for (const interaction of day.interactions)
      interactions.push({ line: ++line, request: { ...interaction, participantIds: [...interaction.participantIds] } });
    const afterLine = line;
    if (postable.includes('help')) signals.push(...day.help.map((signal) => ({ afterLine, signal: { kind: 'help' as const, signal } })));
    if (postable.includes('introductions'))
      signals.push(...day.introductions.map((signal) => ({ afterLine, signal: { kind: 'introductions' as const, signal } })));
    if (postable.includes('thankYouNotes'))
      signals.push(...day.thankYouNotes.map((signal) => ({ afterLine, signal: { kind: 'thankYouNotes' as const, signal } })));
    while (interactions.length >= batchSize) {
      await send(interactions.slice(0, batchSize));
      interactions = interactions.slice(batchSize);
    }
  }
  await send(interactions);
  if (signals.length > 0)
    await postSignals(
      client,
      signals.map((s) => s.signal),
      summary.signals,
      (n) => progress.advance(n),
    );
  progress.stop();
}

function printSeedSummary(io: CliIo, org: SyntheticOrganisation, s: SeedSummary, options: SeedOptions): void {
  const verb = options.dryRun ? 'generated (dry run: nothing was sent)' : 'posted';
  const signalRows = signalKinds.map((k) => {
    const c = s.signals[k];
    const value = c.skipped
      ? `${c.generated} generated, skipped: ${c.skipped}`
      : `${c.posted} posted, ${c.alreadyPosted} already there, ${c.failed.length} failed (of ${c.generated})`;
    return [signalRoutes[k].label, options.dryRun ? `${c.generated} generated` : value] as const;
  });
  printSummary(
    io,
    `Synthetic organisation ${verb}: ${options.people} people, ${options.days} days, seed ${options.seed}${options.profile === 'dense' ? ', dense' : ''}`,
    [
      [
        'people',
        options.dryRun ? `${org.people.length} generated` : `${s.people.stored} registered, ${s.people.alreadyStored} already there`,
      ],
      [
        'interactions',
        options.dryRun
          ? `${s.interactions.generated} generated`
          : `${s.interactions.stored} logged, ${s.interactions.alreadyStored} already there, ${s.interactions.rejected} rejected (of ${s.interactions.generated})`,
      ],
      ...signalRows,
      ['cohorts', cohortLine(s, options)],
      ['seconds', s.seconds.toFixed(1)],
    ],
    signalKinds.flatMap((k) => s.signals[k].failed.slice(0, 3).map((f) => `${signalRoutes[k].label} failed: ${f}`)),
  );
}

function cohortLine(s: SeedSummary, options: SeedOptions): string {
  const c = s.cohorts;
  const written = options.cohortsOut ? ` (written to ${options.cohortsOut})` : '';
  if (c.skipped) return `${c.generated} generated, not posted: ${c.skipped}${written}`;
  return `${c.created} created, ${c.alreadyThere} already there, ${c.enrolled} enrolments${written}`;
}
