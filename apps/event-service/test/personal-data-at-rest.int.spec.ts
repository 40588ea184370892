import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, startTestApp } from '@rapport/test-support';
import { eventService, type EventServiceTestApp } from './event-service';
import { eventually, personRequest } from './people-fixture';

/** Every file under a folder (the database's own files, the write-ahead log). */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    const stat = statSync(file);
    return stat.isDirectory() ? filesUnder(file) : stat.isFile() ? [file] : [];
  });
}

/** The files that hold any of these strings (as UTF-8 bytes). */
function filesHolding(files: readonly string[], texts: readonly string[]): string[] {
  const needles = texts.map((text) => Buffer.from(text, 'utf8'));
  return files.filter((file) => {
    const bytes = readFileSync(file);
    return needles.some((needle) => bytes.includes(needle));
  });
}

/**
 * The attack of a stolen disk, a backup or an archived WAL segment: after a person is
 * erased and the database has written everything down (a checkpoint, a vacuum), their
 * name and e-mail are in none of the database's files, its write-ahead log included, on
 * PostgreSQL and in the embedded default's data folder — because the read models never
 * held them in plaintext (names and e-mails sealed with the person's key, found by keyed
 * digests), and the key is gone. A department, kept in plaintext, is found by the same
 * search: the search can see what is there.
 */
describe.each(['PGlite', 'PostgreSQL'] as const)('personal data at rest on %s', (backend) => {
  let app: EventServiceTestApp | null = null;
  let database: TestDatabase | null = null;
  let folder: string | null = null;

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('keeps no trace of an erased person’s name or e-mail in the database files or the WAL', async () => {
    const marker = randomUUID().replaceAll('-', '').slice(0, 12);
    const department = `Dept${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const zeb = personRequest({ displayName: `Zebulon Quistgaard${marker}`, email: `zq.${marker}@example.com`, department });
    const secrets = [zeb.displayName, zeb.email, `Quistgaard${marker}`, `zq.${marker}`];
    if (backend === 'PostgreSQL') {
      database = await createTestDatabase('rapport_at_rest');
      app = await startTestApp(eventService, { databaseUrl: database.url });
    } else {
      folder = mkdtempSync(path.join(tmpdir(), 'rapport-at-rest-'));
      app = await startTestApp(eventService, { env: { RAPPORT_DATA_DIR: folder } });
    }
    const admin = await app.token('admin');
    expect((await app.request('POST', '/v1/people', { token: admin, body: zeb })).status).toBe(201);
    await eventually(
      () => app!.request('GET', `/v1/people/${zeb.personId}`, { token: admin }),
      (r) => r.status === 200,
    );

    // While they are here, they are found as before: by e-mail (any case) and by name.
    const byEmail = await app.request('GET', `/v1/people?email=${encodeURIComponent(zeb.email.toUpperCase())}`, { token: admin });
    expect(byEmail.status, JSON.stringify(byEmail.body)).toBe(200);
    expect(byEmail.body.items.map((p: { displayName: string }) => p.displayName)).toEqual([zeb.displayName]);
    const byName = await app.request('GET', `/v1/people/directory?q=${encodeURIComponent('zebul')}`, { token: admin });
    expect(byName.body.items.map((p: { personId: string }) => p.personId)).toEqual([zeb.personId]);

    expect((await app.request('DELETE', `/v1/people/${zeb.personId}`, { token: admin })).status).toBe(200);
    expect((await app.request('GET', `/v1/people/${zeb.personId}`, { token: admin })).status).toBe(410);
    // The erasure projected: the read model keeps the erased marker instead of the sealed name.
    await eventually(
      () => app!.runtime.db.query<{ display_name: string }>('SELECT display_name FROM rm_people WHERE person_id = $1', [zeb.personId]),
      (r) => r.rows[0]?.display_name === 'Erased person',
    );
    expect((await app.request('GET', `/v1/people?email=${encodeURIComponent(zeb.email)}`, { token: admin })).body.items).toEqual([]);

    let files: string[];
    if (backend === 'PostgreSQL') {
      const db = app.runtime.db;
      // Dead row versions are cleared from the table and its indexes, and everything is written down.
      await db.query('CHECKPOINT');
      await db.query('VACUUM rm_people');
      await db.query('VACUUM rm_people_name_tokens');
      await db.query('CHECKPOINT');
      const { rows } = await db.query<{ data: string; oid: number }>(
        `SELECT current_setting('data_directory') AS data, (SELECT oid FROM pg_database WHERE datname = current_database())::int AS oid`,
      );
      const { data, oid } = rows[0]!;
      files = [...filesUnder(path.join(data, 'base', String(oid))), ...filesUnder(path.join(data, 'pg_wal'))];
    } else {
      await app.runtime.db.query('CHECKPOINT');
      await app.close();
      app = null;
      files = filesUnder(folder!);
    }
    expect(files.length).toBeGreaterThan(0);
    // The search finds what the read models keep in plaintext…
    expect(filesHolding(files, [department]).length).toBeGreaterThan(0);
    // …and nothing of the erased person's name or e-mail.
    expect(filesHolding(files, secrets)).toEqual([]);
  }, 120_000);
});
