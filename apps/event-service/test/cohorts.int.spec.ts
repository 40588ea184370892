import { describe, expect, it } from 'vitest';
import { eventually, projectionCaughtUp, registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);

const idOf = (streamId: string) => streamId.slice(streamId.indexOf('-') + 1);

async function createCohort(name = 'Spring leaders') {
  const program = await app.request('POST', '/v1/programs', { token: admin(), body: { name: 'Leading across boundaries' } });
  expect(program.status).toBe(201);
  const cohort = await app.request('POST', '/v1/cohorts', {
    token: admin(),
    body: { programId: idOf(program.body.streamId), name, startsOn: '2026-03-02', endsOn: '2026-06-26', goals: ['Cross the silos'] },
  });
  expect(cohort.status).toBe(201);
  return idOf(cohort.body.streamId);
}

async function help(giverId: string, receiverId: string, occurredAt: string) {
  const r = await app.request('POST', '/v1/help', { token: admin(), body: { giverId, receiverId, kind: 'advice', occurredAt } });
  expect(r.status).toBe(201);
}

describe('programmes and cohorts', () => {
  it('refuses to enrol an erased person, storing nothing', async () => {
    const cohortId = await createCohort('After an erasure');
    const [zoe] = (await registerPeople(app, admin(), 1)) as [string];
    expect((await app.request('DELETE', `/v1/people/${zoe}`, { token: admin() })).status).toBe(200);
    const before = await app.runtime.store.count();
    const refused = await app.request('POST', `/v1/cohorts/${cohortId}/participants`, { token: admin(), body: { personId: zoe } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'personId' })]);
    expect(await app.runtime.store.count()).toBe(before);
  });

  it('creates, changes with expected version, enrols and withdraws; a person may be in two cohorts', async () => {
    const cohortId = await createCohort();
    const other = await createCohort('Autumn leaders');
    const [ana, ben] = (await registerPeople(app, admin(), 2)) as [string, string];
    expect((await app.request('POST', `/v1/cohorts/${cohortId}/participants`, { token: admin(), body: { personId: ana } })).status).toBe(
      201,
    );
    expect((await app.request('POST', `/v1/cohorts/${cohortId}/participants`, { token: admin(), body: { personId: ana } })).status).toBe(
      409,
    );
    expect((await app.request('POST', `/v1/cohorts/${other}/participants`, { token: admin(), body: { personId: ana } })).status).toBe(201);
    expect((await app.request('POST', `/v1/cohorts/${cohortId}/participants`, { token: admin(), body: { personId: ben } })).status).toBe(
      201,
    );
    expect((await app.request('DELETE', `/v1/cohorts/${cohortId}/participants/${ben}`, { token: admin() })).status).toBe(200);
    const stale = await app.request('PATCH', `/v1/cohorts/${cohortId}`, {
      token: admin(),
      body: { expectedVersion: 1, name: 'Spring 2026' },
    });
    expect(stale.status).toBe(409);
    const patched = await app.request('PATCH', `/v1/cohorts/${cohortId}`, {
      token: admin(),
      body: { expectedVersion: 4, name: 'Spring 2026' },
    });
    expect(patched.status).toBe(200);
    // Events of other streams are projected in no fixed order: wait for all of them.
    await projectionCaughtUp(app, admin());
    const view = await eventually(
      () => app.request('GET', `/v1/cohorts/${cohortId}`, { token: admin() }),
      (r) => r.body?.version === 5,
    );
    expect(view.body).toMatchObject({
      name: 'Spring 2026',
      startsOn: '2026-03-02',
      goals: ['Cross the silos'],
      participants: [expect.objectContaining({ personId: ana })],
    });
    const list = await app.request('GET', '/v1/cohorts?limit=10', { token: admin() });
    expect(list.body.items.map((c: { cohortId: string }) => c.cohortId)).toEqual(expect.arrayContaining([cohortId, other]));
    const participant = await app.token('participant', ana);
    expect((await app.request('GET', '/v1/cohorts', { token: participant })).status).toBe(403);
  });

  it('refuses a cohort of an unknown programme ending before it starts, naming both fields', async () => {
    const r = await app.request('POST', '/v1/cohorts', {
      token: admin(),
      body: { programId: '00000000-0000-4000-8000-000000000001', name: 'X', startsOn: '2026-03-02', endsOn: '2026-03-01', goals: [] },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual(['programId', 'endsOn']);
  });
});

describe('cohort analytics', () => {
  it('keeps the summary and series of a named instant as rows until the next projected event; "now" keeps nothing', async () => {
    const cohortId = await createCohort('Kept answers');
    const [a, b, c, d] = (await registerPeople(app, admin(), 4)) as [string, string, string, string];
    for (const p of [a, b, c, d])
      await app.request('POST', `/v1/cohorts/${cohortId}/participants`, { token: admin(), body: { personId: p } });
    await help(a, b, '2026-03-20T10:00:00Z');
    // Kept until the next projected batch: none may still be in flight once the first answer is kept.
    await projectionCaughtUp(app, admin());
    const asOf = '2026-03-25T00:00:00Z';
    const ask = (what: 'summary' | 'series', at = `?asOf=${asOf}`) =>
      app.request('GET', `/v1/cohorts/${cohortId}/${what}${at}`, { token: admin() });
    const first = await eventually(
      () => ask('summary'),
      (r) => r.body?.participants === 4 && r.body.internalNetwork?.ties === 1,
    );
    expect((await ask('series')).status).toBe(200);
    const kept = () =>
      app.runtime.db.query<{ kind: string }>('SELECT kind FROM rm_cohort_answers WHERE cohort_id = $1 ORDER BY kind', [cohortId]);
    expect((await kept()).rows).toEqual([{ kind: 'series' }, { kind: 'summary' }]);
    // What is kept is what is read: a row changed by hand comes back as it is.
    await app.runtime.db.query(
      `UPDATE rm_cohort_answers SET answer = jsonb_set(answer, '{name}', '"changed by hand"') WHERE cohort_id = $1 AND kind = 'summary'`,
      [cohortId],
    );
    expect((await ask('summary')).body).toEqual({ ...first.body, name: 'changed by hand' });
    expect((await ask('summary', '')).status).toBe(200);
    expect((await kept()).rows).toHaveLength(2);

    // Any projected event makes the kept answers compute again.
    await help(c, d, '2026-03-21T10:00:00Z');
    const later = await eventually(
      () => ask('summary'),
      (r) => r.body?.internalNetwork?.ties === 2,
    );
    expect(later.body.name).toBe('Kept answers');
  });

  it('gives baseline and current medians that match a hand computation', async () => {
    const cohortId = await createCohort();
    const [a, b, c, d, e] = (await registerPeople(app, admin(), 5)) as [string, string, string, string, string];
    const outside = await registerPeople(app, admin(), 4);
    for (const p of [a, b, c, d, e])
      await app.request('POST', `/v1/cohorts/${cohortId}/participants`, { token: admin(), body: { personId: p } });
    // Before the start (2 March): a–x1, b–x1, b–x2. Each help tie is ≈ 23–27 (active) a month later.
    await help(a, outside[0]!, '2026-02-25T10:00:00Z');
    await help(b, outside[0]!, '2026-02-25T10:00:00Z');
    await help(b, outside[1]!, '2026-02-25T10:00:00Z');
    // During the cohort: c–x1, c–x2, c–x3, d–x4, a–b.
    for (const x of outside.slice(0, 3)) await help(c, x, '2026-03-20T10:00:00Z');
    await help(d, outside[3]!, '2026-03-20T10:00:00Z');
    await help(a, b, '2026-03-20T10:00:00Z');
    const asOf = '2026-03-25T00:00:00Z';
    // Events of other streams are projected in no fixed order: wait for all of them.
    await projectionCaughtUp(app, admin());
    const summary = await eventually(
      () => app.request('GET', `/v1/cohorts/${cohortId}/summary?asOf=${asOf}`, { token: admin() }),
      (r) => r.body?.participants === 5 && r.body.internalNetwork?.ties === 1 && r.body.metrics?.[0]?.current.p75 === 3,
    );
    const size = summary.body.metrics.find((m: { metric: string }) => m.metric === 'size');
    // By hand — baseline active ties a 1, b 2, c 0, d 0, e 0 → sorted 0 0 0 1 2: p25 0, median 0, p75 1.
    // As of 25 March: a 2, b 3, c 3, d 1, e 0 → sorted 0 1 2 3 3: p25 1, median 2, p75 3. Four of five grew.
    expect(size).toMatchObject({
      baseline: { n: 5, p25: 0, median: 0, p75: 1 },
      current: { n: 5, p25: 1, median: 2, p75: 3 },
      change: 2,
      compared: 5,
      improved: 4,
    });
    expect(summary.body.baselineNetwork).toMatchObject({ ties: 0, possibleTies: 10, density: 0 });
    expect(summary.body.internalNetwork).toMatchObject({ ties: 1, possibleTies: 10, density: 0.1 });
    // The structural run for T is computed again once the projected position it was made at is a second old.
    type Metrics = Record<string, { current: number | null }>;
    const metricsOf = (r: { body: { items?: Array<{ personId: string; metrics: Metrics }> } }) =>
      r.body.items?.find((p) => p.personId === c)?.metrics;
    const participants = await eventually(
      () => app.request('GET', `/v1/cohorts/${cohortId}/participants?asOf=${asOf}`, { token: admin() }),
      (r) => metricsOf(r)?.twoStepReach?.current != null,
    );
    const cMetrics = metricsOf(participants)!;
    expect(cMetrics.size).toEqual({ baseline: 0, current: 3, change: 3 });
    // Structural, from the structural run for T: c reaches x1, x2, x3 and, through x1 and x2, a and b.
    expect(cMetrics.twoStepReach).toMatchObject({ current: 5 });
    expect(summary.body.metrics.find((m: { metric: string }) => m.metric === 'twoStepReach')).toMatchObject({ kind: 'structure' });
    const series = await app.request('GET', `/v1/cohorts/${cohortId}/series?asOf=${asOf}`, { token: admin() });
    expect(series.body.points.map((p: { at: string }) => p.at)).toEqual([
      '2026-03-02T00:00:00.000Z',
      '2026-03-09T00:00:00.000Z',
      '2026-03-16T00:00:00.000Z',
      '2026-03-23T00:00:00.000Z',
      '2026-03-25T00:00:00.000Z',
    ]);
    expect(series.body.points.map((p: { metrics: { size: { median: number } } }) => p.metrics.size.median)).toEqual([0, 0, 0, 2, 2]);

    // Reports: each format downloads and is recorded as ReportExported.
    const csv = await app.request('GET', `/v1/cohorts/${cohortId}/report.csv?asOf=${asOf}`, { token: admin() });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(String(csv.body).split('\n')[0]).toMatch(
      /^Cohort,As of,Person id,Name,Department,Active ties at baseline,Active ties now,Active ties change,/,
    );
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="spring-leaders-${asOf.slice(0, 10)}.csv"`);
    const xlsx = await fetch(`${app.url}/v1/cohorts/${cohortId}/report.xlsx?asOf=${asOf}`, {
      headers: { authorization: `Bearer ${admin()}` },
    });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const pdf = await fetch(`${app.url}/v1/cohorts/${cohortId}/report.pdf?asOf=${asOf}`, {
      headers: { authorization: `Bearer ${admin()}` },
    });
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const exports = await eventually(
      () => app.request('GET', '/v1/exports', { token: admin() }),
      (r) => r.body.items?.filter((x: { subject: { id: string } }) => x.subject.id === cohortId).length === 3,
    );
    expect(
      exports.body.items
        .filter((x: { subject: { id: string } }) => x.subject.id === cohortId)
        .map((x: { format: string }) => x.format)
        .sort(),
    ).toEqual(['csv', 'pdf', 'xlsx']);
    expect((await app.request('GET', `/v1/cohorts/${cohortId}/report.pdf`, { token: await app.token('manager', a) })).status).toBe(403);
  }, 120_000);
});
