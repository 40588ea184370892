import { describe, expect, it } from 'vitest';
import { eventually, projectionCaughtUp, registerPeople } from './people-fixture';
import { startTestApp, useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);

const asOf = '2026-04-01T00:00:00Z';

async function team(managerId: string, count: number, department = 'Finance'): Promise<string[]> {
  return registerPeople(app, admin(), count, { managerId, department });
}

/** The dashboard once every event recorded so far is projected (the team's registrations and help are many streams, projected in no fixed order). */
async function dashboard(managerId: string, token = admin()) {
  await projectionCaughtUp(app, admin());
  return eventually(
    () => app.request('GET', `/v1/managers/${managerId}/dashboard?asOf=${asOf}`, { token }),
    (r) => r.status !== 404,
  );
}

async function helpWithin(people: readonly string[]) {
  for (let i = 1; i < people.length; i++) {
    const r = await app.request('POST', '/v1/help', {
      token: admin(),
      body: { giverId: people[i - 1], receiverId: people[i], kind: 'advice', occurredAt: '2026-03-20T10:00:00Z' },
    });
    expect(r.status).toBe(201);
  }
}

describe('manager dashboard (k = 5)', () => {
  it('lets a manager see only their own organisation; an admin sees any', async () => {
    const [boss] = (await registerPeople(app, admin(), 1)) as [string];
    const [other] = (await registerPeople(app, admin(), 1)) as [string];
    await team(boss, 5);
    const managerToken = await app.token('manager', boss);
    expect((await dashboard(boss, managerToken)).status).toBe(200);
    expect((await app.request('GET', `/v1/managers/${other}/dashboard`, { token: managerToken })).status).toBe(403);
    expect((await app.request('GET', `/v1/managers/${boss}/dashboard`, { token: await app.token('participant', boss) })).status).toBe(403);
    expect((await dashboard(other)).body.organisation).toEqual({ suppressed: true, reason: 'fewer_than_k' });
    // Nobody reports to `other`: the answer says so, so the app can say "no reports" rather than "suppressed".
    expect((await dashboard(other)).body.hasReports).toBe(false);
    expect((await dashboard(boss)).body.hasReports).toBe(true);
  });

  it('answers at the end of a completed week only: one interaction logged mid-week moves nothing between a second before and a second after it', async () => {
    const [boss] = (await registerPeople(app, admin(), 1)) as [string];
    const people = await team(boss, 6, 'Legal');
    await helpWithin(people);
    const at = '2026-03-25T12:00:00.000Z'; // a Wednesday
    const ask = (instant: string) => app.request('GET', `/v1/managers/${boss}/dashboard?asOf=${instant}`, { token: admin() });
    const logged = await app.request('POST', '/v1/interactions', {
      token: admin(),
      body: {
        initiatorId: people[0],
        participantIds: [people[0], people[5]],
        occurredAt: at,
        channel: 'in_person',
        kind: 'one_on_one',
        durationMinutes: 60,
      },
    });
    expect(logged.status).toBe(201);
    // Events of other streams are projected in no fixed order: wait for all of them.
    await projectionCaughtUp(app, admin());
    const after = await eventually(
      () => ask('2026-03-25T12:00:01.000Z'),
      (r) => r.status === 200 && r.body.organisation?.value?.people === 6,
    );
    const before = await ask('2026-03-25T11:59:59.000Z');
    expect(before.body).toEqual(after.body);
    expect(after.body.asOf).toBe('2026-03-23T00:00:00.000Z');
    const nextWeek = await ask('2026-03-30T00:00:00.000Z');
    expect(nextWeek.body.asOf).toBe('2026-03-30T00:00:00.000Z');
    expect(nextWeek.body).not.toEqual(after.body);
  });

  it('keeps a completed week as one row, read back until a late event for that week arrives, then computed again', async () => {
    const [boss] = (await registerPeople(app, admin(), 1)) as [string];
    const people = await team(boss, 6, 'Sales');
    await helpWithin(people);
    const first = await eventually(
      () => dashboard(boss),
      (r) => r.status === 200 && r.body.organisation?.value?.people === 6,
    );
    const kept = () =>
      app.runtime.db.query<{ k: number }>(`SELECT (dashboard->>'k')::int AS k FROM rm_manager_dashboards WHERE manager_id = $1`, [boss]);
    expect((await kept()).rows).toEqual([{ k: 5 }]);
    // What is kept is what is read: a row changed by hand comes back as it is.
    await app.runtime.db.query(`UPDATE rm_manager_dashboards SET dashboard = jsonb_set(dashboard, '{k}', '99') WHERE manager_id = $1`, [
      boss,
    ]);
    expect((await dashboard(boss)).body).toEqual({ ...first.body, k: 99 });

    // A meeting dated in that week, logged late: the row is no longer valid and the answer is computed again.
    const logged = await app.request('POST', '/v1/interactions', {
      token: admin(),
      body: {
        initiatorId: people[0],
        participantIds: [people[0], people[3]],
        occurredAt: '2026-03-24T09:00:00Z',
        channel: 'in_person',
        kind: 'one_on_one',
        durationMinutes: 45,
      },
    });
    expect(logged.status).toBe(201);
    const later = await eventually(
      () => dashboard(boss),
      (r) => r.body.k === 5,
    );
    expect(later.body).not.toEqual(first.body);
    await app.runtime.db.query(`DELETE FROM rm_manager_dashboards WHERE manager_id = $1`, [boss]);
    expect((await dashboard(boss)).body).toEqual(later.body);
  });

  it('a late event two levels down invalidates the kept row of every manager above it, and no other', async () => {
    const [boss, bystander] = (await registerPeople(app, admin(), 2)) as [string, string];
    const [lead] = await team(boss, 1, 'Support');
    const people = await team(lead!, 6, 'Support');
    await team(bystander, 6, 'Support');
    await helpWithin(people);
    // The boss's figures are withheld (one person more than the lead's), but the answer is kept all the same.
    await eventually(
      () => dashboard(lead!),
      (r) => r.status === 200 && r.body.organisation?.value?.people === 6,
    );
    for (const manager of [boss, bystander]) expect((await dashboard(manager)).status).toBe(200);
    const subtreeVersion = async (manager: string) =>
      Number(
        (await app.runtime.db.query<{ version: string }>(`SELECT version FROM rm_subtree_versions WHERE manager_id = $1`, [manager]))
          .rows[0]?.version ?? 0,
      );
    const versionsBefore = await Promise.all([boss, lead!, bystander].map(subtreeVersion));
    await app.runtime.db.query(
      `UPDATE rm_manager_dashboards SET dashboard = jsonb_set(dashboard, '{k}', '99') WHERE manager_id = ANY($1)`,
      [[boss, lead, bystander]],
    );
    const late = await app.request('POST', '/v1/help', {
      token: admin(),
      body: { giverId: people[4], receiverId: people[1], kind: 'advice', occurredAt: '2026-03-26T10:00:00Z' },
    });
    expect(late.status).toBe(201);
    for (const manager of [boss, lead!]) {
      const answer = await eventually(
        () => dashboard(manager),
        (r) => r.body.k === 5,
      );
      expect(answer.body.k).toBe(5);
    }
    const versionsAfter = await Promise.all([boss, lead!, bystander].map(subtreeVersion));
    expect(versionsAfter[0]).toBeGreaterThan(versionsBefore[0]!);
    expect(versionsAfter[1]).toBeGreaterThan(versionsBefore[1]!);
    expect(versionsAfter[2]).toBe(versionsBefore[2]);
    expect((await dashboard(bystander)).body.k).toBe(99);
  });

  it('decides again who is shown when a reporting line changes: a person moved to another manager leaves the first team', async () => {
    const [boss, other] = (await registerPeople(app, admin(), 2)) as [string, string];
    const people = await team(boss, 6, 'Audit');
    await eventually(
      () => dashboard(boss),
      (r) => r.status === 200 && r.body.organisation?.value?.people === 6,
    );
    const moved = await app.request('PATCH', `/v1/people/${people[5]}`, { token: admin(), body: { expectedVersion: 1, managerId: other } });
    expect(moved.status).toBe(200);
    const after = await eventually(
      () => dashboard(boss),
      (r) => r.status === 200 && r.body.organisation?.value?.people !== 6,
    );
    expect(after.body.organisation.value.people).toBe(5);
  });

  it('withholds every figure over four people, saying so, with no number or person in the answer', async () => {
    const [boss] = (await registerPeople(app, admin(), 1)) as [string];
    const people = await team(boss, 4);
    await helpWithin(people);
    const r = await dashboard(boss);
    expect(r.body.organisation).toEqual({ suppressed: true, reason: 'fewer_than_k' });
    expect(r.body.trend).toEqual({ suppressed: true, reason: 'fewer_than_k' });
    expect(r.body.departments).toEqual([{ department: 'Finance', figures: { suppressed: true, reason: 'fewer_than_k' } }]);
    const text = JSON.stringify(r.body);
    for (const p of people) expect(text).not.toContain(p);
    expect(text).not.toContain('median');
  });

  it('a manager-minus-child-manager attack fails: the parent is withheld when the difference is under k people', async () => {
    // m → c, x; c → six people. m's figures minus c's would be about c and x alone.
    const [m] = (await registerPeople(app, admin(), 1)) as [string];
    const [c, x] = (await team(m, 2, 'Sales')) as [string, string];
    const below = await team(c, 6, 'Sales');
    await helpWithin([c, x, ...below]);
    const child = await dashboard(c, await app.token('manager', c));
    expect(child.body.organisation.suppressed).toBe(false);
    expect(child.body.organisation.value.people).toBe(6);
    const parent = await dashboard(m, await app.token('manager', m));
    expect(parent.body.organisation).toEqual({ suppressed: true, reason: 'differencing' });
    // Asking again at another instant covers the same people and is withheld the same way.
    const later = await app.request('GET', `/v1/managers/${m}/dashboard?asOf=2026-05-01T00:00:00Z`, { token: admin() });
    expect(later.body.organisation).toEqual({ suppressed: true, reason: 'differencing' });
  });

  it('a total-minus-parts attack fails: a small department is withheld and so is the next smallest', async () => {
    const [boss] = (await registerPeople(app, admin(), 1)) as [string];
    const sales = await team(boss, 7, 'Sales');
    await team(boss, 5, 'Finance');
    const legal = await team(boss, 2, 'Legal');
    await helpWithin([...sales, ...legal]);
    const r = await dashboard(boss);
    expect(r.body.organisation.suppressed).toBe(false);
    expect(r.body.organisation.value.people).toBe(14);
    const cells = Object.fromEntries(r.body.departments.map((d: { department: string; figures: unknown }) => [d.department, d.figures]));
    expect(cells.Legal).toEqual({ suppressed: true, reason: 'fewer_than_k' });
    expect(cells.Finance).toEqual({ suppressed: true, reason: 'complementary' });
    expect(cells.Sales.suppressed).toBe(false);
    // Derivation attempt: total people − published department people = the withheld pair's size, not a pair alone.
    const published = r.body.departments.filter((d: { figures: { suppressed: boolean } }) => !d.figures.suppressed);
    const remainder =
      r.body.organisation.value.people -
      published.reduce((n: number, d: { figures: { value: { people: number } } }) => n + d.figures.value.people, 0);
    expect(remainder).toBeGreaterThanOrEqual(5);
    expect(r.body.organisation.value).toMatchObject({ bridges: { crossDepartmentTies: 1 } });
    expect(typeof r.body.organisation.value.siloIndex).toBe('number');
    // Nobody has three felt-heard ratings: that metric is withheld inside the shown group; active ties (14 values) is not.
    const metric = (key: string) => r.body.organisation.value.metrics.find((m: { metric: string }) => m.metric === key);
    expect(metric('feltHeard')).toMatchObject({ withheld: true, current: { n: 0, median: null }, improved: 0 });
    expect(metric('size')).toMatchObject({ withheld: false, current: { n: 14 } });
    // The manager report carries the same cells: aggregates only.
    const csv = await app.request('GET', `/v1/managers/${boss}/report.csv?asOf=${asOf}`, { token: await app.token('manager', boss) });
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain(',Legal,withheld: fewer than 5 people,');
    for (const p of [...sales, ...legal]) expect(String(csv.body)).not.toContain(p);
  });
});

describe('manager dashboard with K_ANONYMITY=3', () => {
  it('shows a team of four that k = 5 would withhold', async () => {
    const small = await startTestApp(eventService, { env: { K_ANONYMITY: '3' } });
    try {
      const token = await small.token('admin');
      const [boss] = (await registerPeople(small, token, 1)) as [string];
      await registerPeople(small, token, 4, { managerId: boss });
      const r = await eventually(
        () => small.request('GET', `/v1/managers/${boss}/dashboard?asOf=${asOf}`, { token }),
        (res) => res.status === 200 && res.body.organisation?.value?.people === 4,
      );
      expect(r.body.k).toBe(3);
    } finally {
      await small.close();
    }
  });
});
