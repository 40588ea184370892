import { cell, listCell, type ColumnMap } from '../csv/column-map';
import type { CsvRow } from '../csv/read-csv';
import type { Rejection } from '../io';
import { personRef, type InteractionDraft } from './interaction-draft';

/** Fields of an interaction row and the header names accepted for each without --map. */
export const interactionFields = {
  interactionId: ['interaction id', 'id'],
  initiator: ['initiator email', 'initiator id', 'initiatorId', 'organiser', 'organizer', 'from'],
  participants: ['participant emails', 'participant ids', 'participantIds', 'attendees', 'with'],
  occurredAt: ['occurred at', 'date', 'when', 'start', 'timestamp'],
  channel: ['medium'],
  durationMinutes: ['duration', 'minutes', 'duration minutes'],
  location: ['place', 'meeting place'],
  kind: ['type'],
  questionsAsked: ['questions'],
  storiesTold: ['stories'],
  note: ['notes'],
} as const;

export const requiredInteractionFields = ['initiator', 'participants', 'occurredAt', 'channel'] as const;

/** One CSV row into an interaction draft; participants are separated by ";" or "|". */
export function draftFromRow(row: CsvRow, columns: ColumnMap): InteractionDraft | Rejection {
  const get = (field: string) => cell(row.values, columns, field);
  const reasons: string[] = [];
  const number = (field: string): number | undefined => {
    const text = get(field);
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value)) reasons.push(`${field}: "${text}" is not a number`);
    return value;
  };
  const initiator = get('initiator');
  const participants = listCell(get('participants'));
  const when = get('occurredAt');
  const occurredAt = when === undefined ? undefined : Date.parse(when);
  if (!initiator) reasons.push('initiator: missing');
  if (participants.length === 0) reasons.push('participants: missing');
  if (when === undefined) reasons.push('occurredAt: missing');
  else if (Number.isNaN(occurredAt)) reasons.push(`occurredAt: "${when}" is not a date and time`);
  const durationMinutes = number('durationMinutes');
  const questionsAsked = number('questionsAsked');
  const storiesTold = number('storiesTold');
  if (reasons.length > 0 || !initiator || occurredAt === undefined) return { line: row.line, reasons, row: row.values };

  const optional = { durationMinutes, location: get('location'), questionsAsked, storiesTold, note: get('note') };
  const people = new Set([initiator.toLowerCase(), ...participants.map((p) => p.toLowerCase())]);
  const interactionId = get('interactionId');
  return {
    initiator: personRef(initiator),
    participants: participants.map(personRef),
    ...(interactionId ? { interactionId } : {}),
    fields: {
      occurredAt: new Date(occurredAt).toISOString(),
      channel: get('channel') as never,
      kind: (get('kind') ?? (people.size === 2 ? 'one_on_one' : 'group')) as never,
      ...(Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) as object),
    },
  };
}

export const isRejection = (value: InteractionDraft | Rejection): value is Rejection => 'reasons' in value;
