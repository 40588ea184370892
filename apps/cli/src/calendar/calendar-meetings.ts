import ICAL from 'ical.js';

export interface Attendee {
  readonly email: string;
  readonly declined: boolean;
}

/** One occurrence of a meeting: a single event, or one expansion of a recurring one. */
export interface CalendarMeeting {
  readonly uid: string;
  readonly summary: string;
  readonly start: Date;
  readonly end: Date;
  /** The occurrence's recurrence id (its original start), stable when an occurrence is moved. */
  readonly occurrence: string;
  readonly organizer: string | null;
  readonly attendees: readonly Attendee[];
  readonly location: string;
  readonly online: boolean;
  readonly allDay: boolean;
  readonly cancelled: boolean;
}

/** Stops a rule without an end from expanding forever. */
const MAX_OCCURRENCES = 5000;

/**
 * Every meeting occurrence of an iCalendar file that starts in [from, to): recurring meetings
 * are expanded by their rules, with moved or cancelled occurrences and EXDATEs applied.
 */
export function meetingsIn(ics: string, window: { from: Date; to: Date }): CalendarMeeting[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent');
  const exceptionsByUid = new Map<string, ICAL.Component[]>();
  for (const e of events) {
    if (!e.hasProperty('recurrence-id')) continue;
    const uid = String(e.getFirstPropertyValue('uid'));
    exceptionsByUid.set(uid, [...(exceptionsByUid.get(uid) ?? []), e]);
  }
  const to = ICAL.Time.fromJSDate(window.to, true);
  const meetings: CalendarMeeting[] = [];
  for (const component of events) {
    if (component.hasProperty('recurrence-id')) continue;
    const event = new ICAL.Event(component, { exceptions: exceptionsByUid.get(String(component.getFirstPropertyValue('uid'))) ?? [] });
    if (!event.isRecurring()) {
      if (event.startDate && within(event.startDate.toJSDate(), window))
        meetings.push(meeting(event, event.startDate, event.startDate, event.endDate));
      continue;
    }
    const expansion = event.iterator();
    for (let i = 0, next = expansion.next(); next && i < MAX_OCCURRENCES; i++, next = expansion.next()) {
      if (next.compare(to) >= 0) break;
      const details = event.getOccurrenceDetails(next);
      if (within(details.startDate.toJSDate(), window))
        meetings.push(meeting(details.item, details.recurrenceId, details.startDate, details.endDate));
    }
  }
  return meetings.sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
}

const within = (at: Date, window: { from: Date; to: Date }) => at >= window.from && at < window.to;

function meeting(event: ICAL.Event, recurrenceId: ICAL.Time, start: ICAL.Time, end: ICAL.Time): CalendarMeeting {
  const component = event.component;
  const attendees = event.attendees
    .filter((a) => !['RESOURCE', 'ROOM'].includes(String(a.getParameter('cutype') ?? '').toUpperCase()))
    .map((a) => ({
      email: mailbox(String(a.getFirstValue())),
      declined: String(a.getParameter('partstat') ?? '').toUpperCase() === 'DECLINED',
    }))
    .filter((a) => a.email !== '');
  const location = event.location ?? '';
  const description = event.description ?? '';
  const online =
    component.hasProperty('conference') ||
    component.hasProperty('x-google-conference') ||
    /https?:\/\/|zoom|teams|meet\.|webex/i.test(`${location} ${description}`);
  return {
    uid: event.uid,
    summary: event.summary ?? '',
    start: start.toJSDate(),
    end: end.toJSDate(),
    occurrence: recurrenceId.toJSDate().toISOString(),
    organizer: event.organizer ? mailbox(event.organizer) || null : null,
    attendees,
    location,
    online,
    allDay: start.isDate,
    cancelled: String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED',
  };
}

/** `mailto:Ana@Example.com` → `ana@example.com`. */
const mailbox = (value: string) =>
  value
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
