import type { PersonProfileUpdatedV2, PersonRegisteredV2 } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { ERASED_PERSON_NAME, erasedEmail, type KeptPersonalText, type PersonalTextOpener } from './personal-text';
import { arrayLiteral, columnsOf } from './sql-arrays';
import { countPeopleChanged } from './managers/reporting-lines';
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

  /**
   * Names and e-mails are written as `opener.keep` gives them (sealed with their owner's
   * key), with the digests `index` makes so people can still be found (docs/privacy.md).
   */
  async write(tx: SqlExecutor, opener: PersonalTextOpener, index: KeptPersonalText): Promise<void> {
    const registered: string[] = [];
    let categoriesChanged = false;
    for (const step of this.steps) {
      if (step.kind === 'together') {
        await insertRegistrations(tx, [...step.registrations.values()], opener, index);
        await moveVersions(tx, step.versions);
        registered.push(...step.registrations.keys());
      } else if (step.kind === 'profile') {
        await updateProfile(tx, step.data, step.meta, opener, index);
        categoriesChanged ||= Object.keys(step.data.changes).some((field) => categoryFields.has(field));
      } else {
        await tx.query(
          `WITH tokens AS (DELETE FROM rm_people_name_tokens WHERE person_id = $1)
           UPDATE rm_people SET display_name = $2, email = $3, email_index = NULL, version = GREATEST(version, $4), updated_at = $5 WHERE person_id = $1`,
          [step.personId, ERASED_PERSON_NAME, erasedEmail(step.personId), step.meta.streamVersion, step.meta.occurredAt],
        );
      }
    }
    await keepOrganisationCategories(tx, registered, categoriesChanged);
    if (this.steps.some((step) => step.kind !== 'together' || step.registrations.size > 0)) await countPeopleChanged(tx);
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

/** The digests a person is found by, as hex (what `decode(…, 'hex')` reads). */
function digestsOf(personId: string, name: string | null, email: string | null, index: KeptPersonalText) {
  return {
    emailIndex: email === null ? null : index.emailIndex(email).toString('hex'),
    tokens: name === null ? [] : index.nameTokens(name).map((token) => [token.toString('hex'), personId] as const),
  };
}

async function insertRegistrations(
  tx: SqlExecutor,
  registrations: ReadonlyArray<{ data: PersonRegisteredV2; meta: EventMeta }>,
  opener: PersonalTextOpener,
  index: KeptPersonalText,
): Promise<void> {
  if (registrations.length === 0) return;
  const tokens: (readonly [string, string])[] = [];
  const rows = registrations.map(({ data, meta }) => {
    const found = digestsOf(data.personId, opener.open(data.displayName), opener.open(data.email), index);
    tokens.push(...found.tokens);
    return [
      data.personId,
      // A person erased before this was projected (a rebuild) appears anonymous.
      opener.keep(data.displayName) ?? ERASED_PERSON_NAME,
      opener.keep(data.email) ?? erasedEmail(data.personId),
      found.emailIndex,
      data.department,
      data.function,
      data.location,
      data.seniority,
      arrayLiteral(data.expertise),
      data.managerId ?? null,
      meta.streamVersion,
      meta.occurredAt,
    ];
  });
  // The name's digests only for the rows this inserts (a replayed registration inserts none).
  await tx.query(
    `WITH inserted AS (
       INSERT INTO rm_people (person_id, display_name, email, email_index, department, function, location, seniority,
                              expertise, manager_id, version, registered_at, updated_at)
       SELECT person_id, display_name, email, decode(email_index, 'hex'), department, function, location, seniority,
              expertise::text[], manager_id, version, registered_at, registered_at
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
                     $9::text[], $10::uuid[], $11::int[], $12::timestamptz[])
                AS r(person_id, display_name, email, email_index, department, function, location, seniority,
                     expertise, manager_id, version, registered_at)
       ON CONFLICT (person_id) DO NOTHING
       RETURNING person_id
     )
     INSERT INTO rm_people_name_tokens (token, person_id)
     SELECT decode(t.token, 'hex'), t.person_id FROM unnest($13::text[], $14::uuid[]) AS t(token, person_id)
      WHERE t.person_id IN (SELECT person_id FROM inserted)
     ON CONFLICT DO NOTHING`,
    [...columnsOf(rows, 12), ...columnsOf(tokens, 2)],
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

async function updateProfile(
  tx: SqlExecutor,
  data: PersonProfileUpdatedV2,
  meta: EventMeta,
  opener: PersonalTextOpener,
  index: KeptPersonalText,
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [data.personId, meta.streamVersion, meta.occurredAt];
  const personal: Record<string, string> = { displayName: ERASED_PERSON_NAME, email: erasedEmail(data.personId) };
  const set = (column: string, value: unknown, sql = (n: string) => n) => {
    params.push(value);
    sets.push(`${column} = ${sql(`$${params.length}`)}`);
  };
  for (const [field, value] of Object.entries(data.changes)) {
    const column = columnOf[field as keyof typeof columnOf];
    if (!column || value === undefined) continue;
    set(column, field in personal ? (opener.keep(value as Parameters<PersonalTextOpener['keep']>[0]) ?? personal[field]) : value);
  }
  const { changes } = data;
  const found = digestsOf(
    data.personId,
    changes.displayName === undefined ? null : opener.open(changes.displayName),
    changes.email === undefined ? null : opener.open(changes.email),
    index,
  );
  if (changes.email !== undefined) set('email_index', found.emailIndex, (n) => `decode(${n}, 'hex')`);
  const { rowCount } = await tx.query(
    `UPDATE rm_people SET ${[...sets, 'version = $2', 'updated_at = $3'].join(', ')}
     WHERE person_id = $1 AND version < $2`,
    params,
  );
  if (changes.displayName === undefined || !rowCount) return;
  await tx.query('DELETE FROM rm_people_name_tokens WHERE person_id = $1', [data.personId]);
  await tx.query(
    `INSERT INTO rm_people_name_tokens (token, person_id) SELECT decode(t, 'hex'), $1 FROM unnest($2::text[]) AS t ON CONFLICT DO NOTHING`,
    [data.personId, arrayLiteral(found.tokens.map(([token]) => token))],
  );
}
