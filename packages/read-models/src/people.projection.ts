import type { PersonProfileUpdatedV2, PersonRegisteredV2 } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { ERASED_PERSON_NAME, erasedEmail, type PersonalTextOpener } from './personal-text';
import { arrayLiteral, columnsOf } from './sql-arrays';
import { keepOrganisationCategories } from './structure/organisation-categories';

/** Profile fields that are organisation categories (SPEC §6.3). */
const categoryFields = new Set(['department', 'function', 'location', 'seniority', 'expertise']);

interface EventMeta {
  readonly streamVersion: number;
  readonly occurredAt: string;
}

type PersonStep =
  | {
      readonly kind: 'together';
      /** Per person, the first registration: a later one would do nothing. */
      readonly registrations: Map<string, { data: PersonRegisteredV2; meta: EventMeta }>;
      /** Per person, the highest stream version seen. */
      readonly versions: Map<string, number>;
    }
  | { readonly kind: 'profile'; readonly data: PersonProfileUpdatedV2; readonly meta: EventMeta }
  | { readonly kind: 'erasure'; readonly personId: string; readonly meta: EventMeta };

/**
 * Changes to `rm_people` from one batch, applied as if one event at a time in batch
 * order. Registrations and version moves (signals share the person stream) are written
 * together, one statement each, for as long as that gives the same rows: a version move
 * that comes before a person's registration, a profile update and an erasure close the
 * current group and are applied in their turn.
 */
export class PeopleChanges {
  private readonly steps: PersonStep[] = [];
  private current: Extract<PersonStep, { kind: 'together' }> | null = null;

  /** PersonRegistered → a row in rm_people (a replay of the same registration is a no-op). */
  registered(data: PersonRegisteredV2, meta: EventMeta): void {
    const key = data.personId.toLowerCase();
    const group = this.current?.versions.has(key) ? this.startGroup() : this.group();
    if (!group.registrations.has(key)) group.registrations.set(key, { data, meta });
  }

  /** Signals share the person stream with the profile: the person's version follows the stream. */
  versionSeen(personId: string, streamVersion: number): void {
    const versions = this.group().versions;
    const key = personId.toLowerCase();
    versions.set(key, Math.max(versions.get(key) ?? streamVersion, streamVersion));
  }

  /** PersonProfileUpdated → the changed columns; an older version never overwrites a newer one. */
  profileUpdated(data: PersonProfileUpdatedV2, meta: EventMeta): void {
    this.current = null;
    this.steps.push({ kind: 'profile', data, meta });
  }

  /**
   * PersonErased → the person stays as an anonymous node: their ties still count in
   * everyone else's metrics, but nothing identifies them any more.
   */
  erased(personId: string, meta: EventMeta): void {
    this.current = null;
    this.steps.push({ kind: 'erasure', personId, meta });
  }

  async write(tx: SqlExecutor, opener: PersonalTextOpener): Promise<void> {
    const registered: string[] = [];
    let categoriesChanged = false;
    for (const step of this.steps) {
      if (step.kind === 'together') {
        await insertRegistrations(tx, [...step.registrations.values()], opener);
        await moveVersions(tx, step.versions);
        registered.push(...step.registrations.keys());
      } else if (step.kind === 'profile') {
        await updateProfile(tx, step.data, step.meta, opener);
        categoriesChanged ||= Object.keys(step.data.changes).some((field) => categoryFields.has(field));
      } else {
        await tx.query(
          `UPDATE rm_people SET display_name = $2, email = $3, version = GREATEST(version, $4), updated_at = $5 WHERE person_id = $1`,
          [step.personId, ERASED_PERSON_NAME, erasedEmail(step.personId), step.meta.streamVersion, step.meta.occurredAt],
        );
      }
    }
    await keepOrganisationCategories(tx, registered, categoriesChanged);
  }

  private group(): Extract<PersonStep, { kind: 'together' }> {
    return this.current ?? this.startGroup();
  }

  private startGroup(): Extract<PersonStep, { kind: 'together' }> {
    this.current = { kind: 'together', registrations: new Map(), versions: new Map() };
    this.steps.push(this.current);
    return this.current;
  }
}

async function insertRegistrations(
  tx: SqlExecutor,
  registrations: ReadonlyArray<{ data: PersonRegisteredV2; meta: EventMeta }>,
  opener: PersonalTextOpener,
): Promise<void> {
  if (registrations.length === 0) return;
  const rows = registrations.map(({ data, meta }) => [
      data.personId,
      // A person erased before this was projected (a rebuild) appears anonymous.
      opener.open(data.displayName) ?? ERASED_PERSON_NAME,
      opener.open(data.email) ?? erasedEmail(data.personId),
      data.department,
      data.function,
      data.location,
      data.seniority,
      arrayLiteral(data.expertise),
      data.managerId ?? null,
      meta.streamVersion,
      meta.occurredAt,
    ]);
  await tx.query(
    `INSERT INTO rm_people (person_id, display_name, email, department, function, location, seniority,
                            expertise, manager_id, version, registered_at, updated_at)
     SELECT person_id, display_name, email, department, function, location, seniority,
            expertise::text[], manager_id, version, registered_at, registered_at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[],
                   $8::text[], $9::uuid[], $10::int[], $11::timestamptz[])
              AS r(person_id, display_name, email, department, function, location, seniority,
                   expertise, manager_id, version, registered_at)
     ON CONFLICT (person_id) DO NOTHING`,
    columnsOf(rows, 11),
  );
}

async function moveVersions(tx: SqlExecutor, versions: ReadonlyMap<string, number>): Promise<void> {
  if (versions.size === 0) return;
  await tx.query(
    `UPDATE rm_people AS p SET version = GREATEST(p.version, v.version)
       FROM unnest($1::uuid[], $2::int[]) AS v(person_id, version)
      WHERE p.person_id = v.person_id`,
    [arrayLiteral([...versions.keys()]), arrayLiteral([...versions.values()])],
  );
}

const columnOf = {
  displayName: 'display_name',
  email: 'email',
  department: 'department',
  function: 'function',
  location: 'location',
  seniority: 'seniority',
  expertise: 'expertise',
  managerId: 'manager_id',
} as const;

async function updateProfile(tx: SqlExecutor, data: PersonProfileUpdatedV2, meta: EventMeta, opener: PersonalTextOpener): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [data.personId, meta.streamVersion, meta.occurredAt];
  const personal: Record<string, string> = { displayName: ERASED_PERSON_NAME, email: erasedEmail(data.personId) };
  for (const [field, value] of Object.entries(data.changes)) {
    const column = columnOf[field as keyof typeof columnOf];
    if (!column || value === undefined) continue;
    params.push(field in personal ? (opener.open(value as Parameters<PersonalTextOpener['open']>[0]) ?? personal[field]) : value);
    sets.push(`${column} = $${params.length}`);
  }
  await tx.query(
    `UPDATE rm_people SET ${[...sets, 'version = $2', 'updated_at = $3'].join(', ')}
     WHERE person_id = $1 AND version < $2`,
    params,
  );
}
