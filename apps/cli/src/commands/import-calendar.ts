import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RapportClient } from '../api-client';
import { meetingsIn } from '../calendar/calendar-meetings';
import { attending, describeMeeting, MAX_MEETING_PEOPLE, triageMeetings } from '../calendar/meeting-drafts';
import { importDrafts, type InteractionsOutcome, type SendOptions } from '../interactions/import-drafts';
import { printRejections, printSummary, type CliIo } from '../io';
import { peopleByEmail } from '../people/people-directory';
import { Progress } from '../progress';

export interface ImportCalendarOptions extends SendOptions {
  readonly file: string;
  readonly from?: string;
  readonly to?: string;
  /** The instant "now" (tests); meetings that have not happened yet are never logged. */
  readonly now?: Date;
}

export interface ImportCalendarSummary extends InteractionsOutcome {
  occurrences: number;
  large: string[];
  skipped: string[];
  unknownEmails: Map<string, number>;
  declinedSkipped: number;
}

const DAY = 86_400_000;

/** `rapport import calendar FILE.ics`: meetings become interactions between the people who attended. */
export async function importCalendar(client: RapportClient, options: ImportCalendarOptions, io: CliIo): Promise<ImportCalendarSummary> {
  const now = options.now ?? new Date();
  const to = new Date(Math.min(options.to ? parseDate(options.to, '--to') : now.getTime(), now.getTime()));
  const from = new Date(options.from ? parseDate(options.from, '--from') : now.getTime() - 90 * DAY);
  const meetings = meetingsIn(await readFile(resolve(io.cwd, options.file), 'utf8'), { from, to });
  const emails = meetings.flatMap((m) => [...(m.organizer ? [m.organizer] : []), ...m.attendees.map((a) => a.email)]);
  const people = await peopleByEmail(
    client,
    emails,
    new Progress('looking up', 'people', { stream: io.progressStream, always: io.alwaysDrawProgress ?? false }),
  );
  const triage = triageMeetings(meetings, new Map([...people].map(([email, p]) => [email, p.personId])));
  const outcome = await importDrafts(client, triage.drafts, options, io);
  const rejected = outcome.rejected.map((r) => ({ ...r, label: describeMeeting(meetings[r.line - 1]!) }));

  printSummary(
    io,
    options.dryRun ? 'Calendar import (dry run: nothing was sent)' : 'Calendar import',
    [
      ['window', `${from.toISOString().slice(0, 10)} to ${to.toISOString().slice(0, 10)}`],
      ['meeting occurrences', meetings.length],
      [options.dryRun ? 'would import' : 'imported', options.dryRun ? outcome.ready : outcome.imported],
      ['already imported', outcome.alreadyImported],
      [`over ${MAX_MEETING_PEOPLE} people (ignored)`, triage.large.length],
      ['skipped', triage.skipped.length],
      ['declined attendances left out', triage.declinedSkipped],
      ['unknown emails', triage.unknownEmails.size],
      ['rejected', rejected.length],
    ],
    [
      ...triage.large.slice(0, 20).map((m) => `ignored, too large: ${describeMeeting(m)} (${attending(m).length} people)`),
      ...triage.skipped.slice(0, 20).map(({ meeting, reason }) => `skipped: ${describeMeeting(meeting)}: ${reason}`),
      ...[...triage.unknownEmails]
        .slice(0, 20)
        .map(([email, count]) => `unknown email: ${email} (${count} meeting${count === 1 ? '' : 's'})`),
      ...(outcome.stopped ? ['stopped early: run the same command again to finish (nothing is imported twice)'] : []),
    ],
  );
  printRejections(io, rejected);
  return {
    ...outcome,
    rejected,
    occurrences: meetings.length,
    large: triage.large.map(describeMeeting),
    skipped: triage.skipped.map(({ meeting, reason }) => `${describeMeeting(meeting)}: ${reason}`),
    unknownEmails: triage.unknownEmails,
    declinedSkipped: triage.declinedSkipped,
  };
}

function parseDate(text: string, option: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`${option} "${text}" is not a date`);
  return ms;
}
