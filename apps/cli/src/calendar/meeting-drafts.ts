import type { DraftItem } from '../interactions/import-drafts';
import { derivedId } from '../ids';
import type { CalendarMeeting } from './calendar-meetings';

/** SPEC §6.1: a gathering of more people than this creates no ties, so it is not imported. */
export const MAX_MEETING_PEOPLE = 18;

export interface MeetingTriage {
  readonly drafts: DraftItem[];
  readonly large: CalendarMeeting[];
  readonly skipped: Array<{ meeting: CalendarMeeting; reason: string }>;
  /** Emails the calendar names that are not registered, with how many meetings name each. */
  readonly unknownEmails: Map<string, number>;
  declinedSkipped: number;
}

/**
 * Organiser = initiator, attendees who did not decline = participants, duration from start and
 * end; unknown attendees are left out (and reported). Each occurrence gets a stable id from its
 * UID and recurrence id, so importing the same calendar again logs nothing twice.
 */
export function triageMeetings(meetings: readonly CalendarMeeting[], idOfEmail: ReadonlyMap<string, string>): MeetingTriage {
  const triage: MeetingTriage = { drafts: [], large: [], skipped: [], unknownEmails: new Map(), declinedSkipped: 0 };
  meetings.forEach((meeting, index) => {
    if (meeting.cancelled) return void triage.skipped.push({ meeting, reason: 'cancelled' });
    if (meeting.allDay) return void triage.skipped.push({ meeting, reason: 'all-day event' });
    if (!meeting.organizer) return void triage.skipped.push({ meeting, reason: 'no organiser' });
    const declined = meeting.attendees.filter((a) => a.declined).length;
    const emails = attending(meeting);
    if (emails.length > MAX_MEETING_PEOPLE) return void triage.large.push(meeting);
    const unknown = emails.filter((e) => !idOfEmail.has(e));
    for (const email of unknown) triage.unknownEmails.set(email, (triage.unknownEmails.get(email) ?? 0) + 1);
    if (!idOfEmail.has(meeting.organizer))
      return void triage.skipped.push({ meeting, reason: `organiser ${meeting.organizer} is not registered` });
    const known = emails.filter((e) => idOfEmail.has(e));
    if (known.length < 2) return void triage.skipped.push({ meeting, reason: 'fewer than two registered people attend' });
    triage.declinedSkipped += declined;
    const minutes = Math.round((meeting.end.getTime() - meeting.start.getTime()) / 60_000);
    const online = meeting.online || meeting.location.trim() === '';
    triage.drafts.push({
      line: index + 1,
      draft: {
        interactionId: derivedId('calendar', `${meeting.uid}|${meeting.occurrence}`),
        initiator: { id: idOfEmail.get(meeting.organizer)! },
        participants: known.map((e) => ({ id: idOfEmail.get(e)! })),
        fields: {
          occurredAt: meeting.start.toISOString(),
          channel: online ? 'video' : 'in_person',
          kind: known.length === 2 ? 'one_on_one' : 'group',
          ...(minutes >= 1 ? { durationMinutes: Math.min(minutes, 24 * 60) } : {}),
          ...(online ? { location: 'remote' as const } : {}),
        },
      },
    });
  });
  return triage;
}

/** The organiser and every attendee who did not decline, each once. */
export const attending = (meeting: CalendarMeeting): string[] => [
  ...new Set([...(meeting.organizer ? [meeting.organizer] : []), ...meeting.attendees.filter((a) => !a.declined).map((a) => a.email)]),
];

export const describeMeeting = (m: CalendarMeeting) => `"${m.summary || m.uid}" ${m.start.toISOString().slice(0, 16).replace('T', ' ')}`;
