import { registerPersonRequest, type RegisterPersonRequest } from '@rapport/contracts';
import { cell, listCell, type ColumnMap } from '../csv/column-map';
import type { CsvRow } from '../csv/read-csv';
import type { Rejection } from '../io';
import { UUID_PATTERN } from '../ids';

/** Fields of a person row and the header names accepted for each without --map. */
export const personFields = {
  displayName: ['name', 'full name', 'display name'],
  email: ['e-mail', 'mail', 'work email'],
  department: ['dept'],
  function: ['job function', 'team'],
  location: ['office', 'city', 'site'],
  seniority: ['level', 'grade'],
  expertise: ['skills', 'tags'],
  managerEmail: ['manager email', 'manager e-mail', 'manager'],
  managerId: ['manager id'],
} as const;

export const requiredPersonFields = ['displayName', 'email', 'department', 'function', 'location', 'seniority'] as const;

export type PersonFields = Omit<RegisterPersonRequest, 'personId' | 'managerId'>;

export interface PersonRow {
  readonly line: number;
  readonly person: PersonFields;
  readonly manager: { readonly email: string } | { readonly id: string } | null;
  readonly values: Readonly<Record<string, string>>;
}

const personSchema = registerPersonRequest.omit({ personId: true, managerId: true });

/** Reads one HR-export row into a person, or says every reason it cannot be one. */
export function personFromRow(row: CsvRow, columns: ColumnMap): PersonRow | Rejection {
  const get = (field: string) => cell(row.values, columns, field);
  const seniority = get('seniority');
  const candidate = {
    displayName: get('displayName'),
    email: get('email')?.toLowerCase(),
    department: get('department'),
    function: get('function'),
    location: get('location'),
    seniority: seniority === undefined ? undefined : Number(seniority),
    expertise: listCell(get('expertise')),
  };
  const parsed = personSchema.safeParse(candidate);
  const reasons = parsed.success ? [] : parsed.error.issues.map((i) => `${describeField(String(i.path[0] ?? ''), columns)}: ${i.message}`);
  const managerId = get('managerId');
  const managerEmail = get('managerEmail')?.toLowerCase();
  if (managerId && !UUID_PATTERN.test(managerId)) reasons.push(`${describeField('managerId', columns)}: not a person id`);
  if (reasons.length > 0 || !parsed.success) return { line: row.line, reasons, row: row.values };
  const manager = managerId ? { id: managerId } : managerEmail ? { email: managerEmail } : null;
  return { line: row.line, person: parsed.data, manager, values: row.values };
}

const describeField = (field: string, columns: ColumnMap) => (columns.has(field) ? `${field} (column "${columns.get(field)}")` : field);

export const isRejection = (value: PersonRow | Rejection): value is Rejection => 'reasons' in value;
