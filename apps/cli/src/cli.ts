import { Command, InvalidArgumentError, Option } from 'commander';
import { connect, type ConnectionOptions } from './connection';
import type { CliIo } from './io';
import { importCalendar } from './commands/import-calendar';
import { importInteractions } from './commands/import-interactions';
import { importPeople } from './commands/import-people';
import { exportCohortReport, reportFormats } from './commands/export-report';
import { projectionStatus, rebuildProjections } from './commands/projections';
import { seed } from './commands/seed';

const wholeNumber = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
  return n;
};

/** The `rapport` command. Returns the exit code instead of exiting, so tests can run it in-process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = new Command('rapport')
    .description(
      'Bring data into a running Rapport: import people, interactions and calendars, seed a synthetic organisation, rebuild projections',
    )
    .addOption(
      new Option('--url <url>', 'event-service base URL (default: RAPPORT_URL, else http://127.0.0.1:$PORT, else http://127.0.0.1:3000)'),
    )
    .addOption(new Option('--token <token>', 'bearer token of an admin (default: RAPPORT_TOKEN; the embedded default signs in by itself)'))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  const client = () => {
    const o = program.opts<ConnectionOptions>();
    return connect(o, io.env, (line) => io.err(line));
  };
  const batchSize = new Option('--batch-size <n>', 'rows per request (1–1000)').argParser(wholeNumber(1, 1000));
  const stopAfter = new Option('--stop-after-batches <n>', 'stop after n batches, as if interrupted (a re-run resumes)')
    .argParser(wholeNumber(0, 1_000_000))
    .hideHelp();

  const importCommand = program.command('import').description('import people, interactions or calendar meetings');
  importCommand
    .command('people <file>')
    .description('upsert people from a CSV with a header row, matched by email')
    .option('--map <pairs>', 'field=Header pairs, e.g. displayName=Name,managerEmail=Manager')
    .option('--rejects <file>', 'write rejected rows, with line and reasons, to this CSV')
    .option('--dry-run', 'read, validate and compare, but send nothing')
    .addOption(batchSize)
    .addOption(stopAfter)
    .action(async (file: string, o) => void (await importPeople(await client(), { file, ...o }, io)));
  importCommand
    .command('interactions <file>')
    .description('log interactions from a CSV, one row per interaction; re-running imports nothing twice')
    .option('--map <pairs>', 'field=Header pairs, e.g. initiator=From,participants=With')
    .option('--rejects <file>', 'write rejected rows, with line and reasons, to this CSV')
    .option('--dry-run', 'read and validate, but send nothing')
    .addOption(batchSize)
    .addOption(stopAfter)
    .action(async (file: string, o) => void (await importInteractions(await client(), { file, ...o }, io)));
  importCommand
    .command('calendar <file>')
    .description('log meetings from an iCalendar (.ics) export: organiser = initiator, attendees = participants')
    .option('--from <date>', 'expand recurring meetings from this date (default: 90 days ago)')
    .option('--to <date>', 'expand recurring meetings until this date (default: now)')
    .option('--dry-run', 'read and validate, but send nothing')
    .addOption(batchSize)
    .addOption(stopAfter)
    .action(async (file: string, o) => void (await importCalendar(await client(), { file, ...o }, io)));

  program
    .command('seed')
    .description('post a deterministic synthetic organisation through the API')
    .requiredOption('--people <n>', 'how many people (20–100000)', wholeNumber(20, 100_000))
    .option('--days <n>', 'days of activity, ending yesterday', wholeNumber(1, 3650), 90)
    .option('--seed <n>', 'random seed: the same seed gives the same organisation', wholeNumber(0, 2 ** 31 - 1), 1)
    .option('--start <date>', 'first day of activity, YYYY-MM-DD (default: --days before today)')
    .addOption(
      new Option('--profile <profile>', 'typical, or dense: three times the activity, mostly e-mail, many to a group')
        .choices(['typical', 'dense'])
        .default('typical'),
    )
    .option('--cohorts-out <file>', 'write the cohorts and their participants to this JSON file')
    .option('--no-signals', 'post people and interactions only, not help, introductions or thank-you notes (each is one request)')
    .option('--dry-run', 'generate and count, but send nothing')
    .addOption(batchSize)
    .action(async (o) => void (await seed(await client(), o, io)));

  program
    .command('rebuild')
    .description('rebuild the read models from the event store, with progress')
    .action(async () => void (await rebuildProjections(await client(), io)));
  program
    .command('status')
    .description('projection status: lag and any rebuild in progress')
    .action(async () => void (await projectionStatus(await client(), io)));
  program
    .command('export')
    .description('export a report')
    .command('cohort <id>')
    .description('export a cohort report (CSV, XLSX or PDF); the export is recorded')
    .addOption(new Option('--format <format>', 'file format').choices(reportFormats).makeOptionMandatory())
    .requiredOption('--out <file>', 'where to write the report')
    .option('--as-of <instant>', 'figures as of this instant, e.g. 2026-05-01T00:00:00Z (default: now)')
    .action(async (id: string, o) => void (await exportCohortReport(await client(), { cohortId: id, ...o }, io)));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    const code = (error as { code?: string; exitCode?: number }).code;
    if (code?.startsWith('commander.')) return (error as { exitCode: number }).exitCode;
    io.err(`rapport: ${(error as Error).message}`);
    return 1;
  }
}
