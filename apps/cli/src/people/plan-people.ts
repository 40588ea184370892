import type { PersonView, RegisterPersonRequest } from '@rapport/contracts';
import type { BatchItem } from '../batches';
import { derivedId } from '../ids';
import type { Rejection } from '../io';
import type { PersonFields, PersonRow } from './person-rows';

export interface PersonUpdate {
  readonly line: number;
  readonly personId: string;
  readonly expectedVersion: number;
  readonly changes: Partial<PersonFields & { managerId: string | null }>;
}

export interface PeoplePlan {
  /** Managers before their reports. */
  readonly creates: BatchItem<RegisterPersonRequest>[];
  readonly updates: PersonUpdate[];
  readonly unchanged: number;
  readonly rejections: Rejection[];
}

/** A new person's id is derived from their email, so an interrupted import re-run registers nobody twice. */
export const personIdForEmail = (email: string) => derivedId('person', email.toLowerCase());

/** Upsert by email: who is new, whose profile changed, and who cannot be imported. */
export function planPeople(rows: readonly PersonRow[], existing: ReadonlyMap<string, PersonView>): PeoplePlan {
  const rejections: Rejection[] = [];
  const firstLine = new Map<string, number>();
  const unique: PersonRow[] = [];
  for (const row of rows) {
    const seen = firstLine.get(row.person.email);
    if (seen !== undefined)
      rejections.push({ line: row.line, reasons: [`email ${row.person.email} already appears on line ${seen}`], row: row.values });
    else {
      firstLine.set(row.person.email, row.line);
      unique.push(row);
    }
  }
  const idOf = (email: string) => existing.get(email)?.personId ?? (firstLine.has(email) ? personIdForEmail(email) : undefined);

  const creates: Array<BatchItem<RegisterPersonRequest>> = [];
  const updates: PersonUpdate[] = [];
  let unchanged = 0;
  for (const row of unique) {
    let managerId: string | null = null;
    if (row.manager && 'email' in row.manager) {
      managerId = idOf(row.manager.email) ?? null;
      if (!managerId) {
        rejections.push({
          line: row.line,
          reasons: [`manager ${row.manager.email} is neither registered nor in this file`],
          row: row.values,
        });
        continue;
      }
    } else if (row.manager) managerId = row.manager.id;
    const current = existing.get(row.person.email);
    if (!current) {
      creates.push({
        line: row.line,
        row: row.values,
        request: { ...row.person, personId: personIdForEmail(row.person.email), ...(managerId ? { managerId } : {}) },
      });
      continue;
    }
    const changes = changedFields(current, row.person, managerId);
    if (Object.keys(changes).length === 0) unchanged++;
    else updates.push({ line: row.line, personId: current.personId, expectedVersion: current.version, changes });
  }
  return { creates: managersFirst(creates), updates, unchanged, rejections };
}

function changedFields(current: PersonView, next: PersonFields, managerId: string | null): PersonUpdate['changes'] {
  const changes: Record<string, unknown> = {};
  for (const field of ['displayName', 'department', 'function', 'location', 'seniority'] as const) {
    if (current[field] !== next[field]) changes[field] = next[field];
  }
  if (current.email.toLowerCase() !== next.email) changes.email = next.email;
  const sameExpertise =
    current.expertise.length === new Set(next.expertise).size && next.expertise.every((t) => current.expertise.includes(t));
  if (!sameExpertise) changes.expertise = [...new Set(next.expertise)];
  if ((current.managerId ?? null) !== managerId) changes.managerId = managerId;
  return changes;
}

/** Orders new people so every manager registered by this import comes before their reports. */
function managersFirst(creates: Array<BatchItem<RegisterPersonRequest>>): Array<BatchItem<RegisterPersonRequest>> {
  const byId = new Map(creates.map((c) => [c.request.personId!, c]));
  const ordered: Array<BatchItem<RegisterPersonRequest>> = [];
  const placed = new Set<string>();
  const place = (item: BatchItem<RegisterPersonRequest>, path: Set<string>) => {
    const id = item.request.personId!;
    if (placed.has(id) || path.has(id)) return;
    path.add(id);
    const manager = item.request.managerId ? byId.get(item.request.managerId) : undefined;
    if (manager) place(manager, path);
    placed.add(id);
    ordered.push(item);
  };
  for (const item of creates) place(item, new Set());
  return ordered;
}
