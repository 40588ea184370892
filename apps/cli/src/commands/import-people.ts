import { resolve } from 'node:path';
import { MAX_BATCH_PEOPLE } from '@rapport/contracts';
import { describeProblem, type RapportClient } from '../api-client';
import { sendInBatches } from '../batches';
import { parseMapOption, resolveColumns } from '../csv/column-map';
import { readCsv, writeRejects } from '../csv/read-csv';
import { contentKey } from '../ids';
import { printRejections, printSummary, type CliIo, type Rejection } from '../io';
import { peopleByEmail, personIsVisible } from '../people/people-directory';
import { isRejection, personFields, personFromRow, requiredPersonFields, type PersonRow } from '../people/person-rows';
import { planPeople, type PersonUpdate } from '../people/plan-people';
import { Progress } from '../progress';

export interface ImportPeopleOptions {
  readonly file: string;
  readonly map?: string;
  readonly dryRun?: boolean;
  readonly rejects?: string;
  readonly batchSize?: number;
  readonly stopAfterBatches?: number;
}

export interface ImportPeopleSummary {
  rows: number;
  created: number;
  alreadyRegistered: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  dryRun: boolean;
  stopped: boolean;
}

/** `rapport import people FILE`: upsert by email from an HR export with a header row. */
export async function importPeople(client: RapportClient, options: ImportPeopleOptions, io: CliIo): Promise<ImportPeopleSummary> {
  const { headers, rows } = await readCsv(resolve(io.cwd, options.file));
  const { columns, problems } = resolveColumns(personFields, headers, parseMapOption(options.map));
  const missing = requiredPersonFields.filter((f) => !columns.has(f));
  if (problems.length > 0 || missing.length > 0) {
    throw new Error([...problems, ...missing.map((f) => `no column for ${f}: name it with --map ${f}=<header>`)].join('\n'));
  }
  const parsed = rows.map((row) => personFromRow(row, columns));
  const valid = parsed.filter((p): p is PersonRow => !isRejection(p));
  const rejected: Rejection[] = parsed.filter(isRejection);

  const progress = (label: string, unit: string) =>
    new Progress(label, unit, { stream: io.progressStream, always: io.alwaysDrawProgress ?? false });
  const emails = [
    ...valid.map((r) => r.person.email),
    ...valid.flatMap((r) => (r.manager && 'email' in r.manager ? [r.manager.email] : [])),
  ];
  const existing = await peopleByEmail(client, emails, progress('looking up', 'people'));
  const plan = planPeople(valid, existing);
  rejected.push(...plan.rejections);
  const summary: ImportPeopleSummary = {
    rows: rows.length,
    created: 0,
    alreadyRegistered: 0,
    updated: 0,
    unchanged: plan.unchanged,
    rejected,
    dryRun: !!options.dryRun,
    stopped: false,
  };

  if (options.dryRun) {
    summary.created = plan.creates.length;
    summary.updated = plan.updates.length;
  } else {
    const registering = progress('registering', 'people');
    registering.start(plan.creates.length);
    const sent = await sendInBatches(client, { path: '/v1/people/batch', field: 'people' }, plan.creates, {
      batchSize: Math.min(options.batchSize ?? MAX_BATCH_PEOPLE, MAX_BATCH_PEOPLE),
      ...(options.stopAfterBatches !== undefined ? { stopAfterBatches: options.stopAfterBatches } : {}),
      onSettled: (n) => registering.advance(n),
    });
    registering.stop();
    Object.assign(summary, { created: sent.stored, alreadyRegistered: sent.alreadyStored, stopped: sent.stopped });
    rejected.push(...sent.rejections);
    if (!sent.stopped) summary.updated = await applyUpdates(client, plan.updates, rejected, progress('updating', 'people'));
    const last = plan.creates.at(-1)?.request.personId;
    if (sent.stored > 0 && last) await waitUntilVisible(client, last, io);
  }

  rejected.sort((a, b) => a.line - b.line);
  if (options.rejects && rejected.length > 0) await writeRejects(resolve(io.cwd, options.rejects), headers, rejected);
  printSummary(
    io,
    options.dryRun ? 'People import (dry run: nothing was sent)' : 'People import',
    [
      ['rows read', summary.rows],
      [options.dryRun ? 'would register' : 'registered', summary.created],
      ['already registered', summary.alreadyRegistered],
      [options.dryRun ? 'would update' : 'updated', summary.updated],
      ['unchanged', summary.unchanged],
      ['rejected', rejected.length],
    ],
    summary.stopped ? ['stopped early: run the same command again to finish'] : [],
  );
  printRejections(io, rejected);
  return summary;
}

/** PATCH with the version read: a 409 means someone changed the person meanwhile, so re-read and retry once. */
async function applyUpdates(
  client: RapportClient,
  updates: readonly PersonUpdate[],
  rejected: Rejection[],
  progress: Progress,
): Promise<number> {
  let updated = 0;
  progress.start(updates.length);
  for (const update of updates) {
    let expectedVersion = update.expectedVersion;
    for (let attempt = 0; attempt < 2; attempt++) {
      const body = { ...update.changes, expectedVersion };
      const response = await client.request('PATCH', `/v1/people/${update.personId}`, {
        body,
        idempotencyKey: contentKey('profile', [update.personId, body]),
      });
      if (response.status === 200) {
        updated++;
        break;
      }
      if (response.status === 409 && attempt === 0) {
        const current = await client.request<{ version: number }>('GET', `/v1/people/${update.personId}`);
        if (current.status === 200) {
          expectedVersion = current.body.version;
          continue;
        }
      }
      rejected.push({ line: update.line, reasons: [describeProblem(response)] });
      break;
    }
    progress.advance(1);
  }
  progress.stop();
  return updated;
}

/** Read models trail writes: wait until the last registered person can be looked up, so a following import finds them. */
async function waitUntilVisible(client: RapportClient, personId: string, io: CliIo): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await personIsVisible(client, personId))) {
    if (Date.now() > deadline) {
      io.err('the people are registered but not yet visible in the read models; wait a moment before importing interactions');
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
