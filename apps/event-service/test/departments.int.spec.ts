import { describe, expect, it } from 'vitest';
import { departmentColour } from '@rapport/contracts/presentation';
import { eventually, registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);

describe('the organisation’s departments, one colour each everywhere', () => {
  it('lists every department some person holds now, in order, for any signed-in role, whatever the instant a screen shows', async () => {
    const [ana] = (await registerPeople(app, admin(), 1, { department: 'Sales' })) as [string];
    await registerPeople(app, admin(), 1, { department: 'Finance' });
    await registerPeople(app, admin(), 1, { department: 'Engineering' });
    const participant = await app.token('participant', ana);
    const listed = await eventually(
      () => app.request('GET', '/v1/org/departments', { token: participant }),
      (res) => ['Engineering', 'Finance', 'Sales'].every((d) => res.body.departments?.includes(d)),
    );
    expect(listed.status).toBe(200);
    const departments = listed.body.departments as string[];
    expect(departments).toEqual([...departments].sort());
    // The same list for a manager and an admin: a department's colour does not depend on who looks.
    for (const token of [await app.token('manager', ana), admin()])
      expect((await app.request('GET', '/v1/org/departments', { token })).body.departments).toEqual(departments);
    const colours = departments.map((d) => departmentColour(d, departments));
    expect(new Set(colours).size).toBe(Math.min(departments.length, 14));
    expect((await app.request('GET', '/v1/org/departments')).status).toBe(401);
  });
});
