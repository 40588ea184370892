import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, Link, Outlet, RouterProvider } from '@tanstack/react-router';
import { asOfSearchParams, endOfDay, useAsOf } from './as-of';

function Probe() {
  const asOf = useAsOf();
  return (
    <>
      <output>{asOf.instant ?? 'now'}</output>
      <button onClick={() => asOf.setDay('2026-03-01')}>pick</button>
      <button onClick={() => asOf.setDay(null)}>clear</button>
      <Link to="/team">to the team</Link>
    </>
  );
}

/** The app's shape in small: a signed-in layout route declaring `?asOf=`, two screens under it. */
async function renderAt(url: string) {
  const root = createRootRoute({ component: Outlet });
  const signedIn = createRoute({ getParentRoute: () => root, id: 'signed-in', ...asOfSearchParams, component: Outlet });
  const people = createRoute({ getParentRoute: () => signedIn, path: '/people', component: Probe });
  const team = createRoute({ getParentRoute: () => signedIn, path: '/team', component: Probe });
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createRouter({ routeTree: root.addChildren([signedIn.addChildren([people, team])]), history });
  await router.load();
  render(<RouterProvider router={router} />);
  await screen.findByRole('status');
  return { router, history };
}

const location = (history: ReturnType<typeof createMemoryHistory>) => `${history.location.pathname}${history.location.search}`;

describe('as-of day', () => {
  it('asks for metrics as of the end of the chosen day in the viewer’s time zone', () => {
    const instant = new Date(endOfDay('2026-03-01'));
    expect([instant.getFullYear(), instant.getMonth(), instant.getDate(), instant.getHours(), instant.getMinutes()]).toEqual([
      2026, 2, 1, 23, 59,
    ]);
  });

  it('means "now" (no asOf sent) until a day is picked, and again once cleared, the address saying so each time', async () => {
    const { history } = await renderAt('/people');
    expect(screen.getByRole('status')).toHaveTextContent('now');
    await act(async () => screen.getByText('pick').click());
    expect(location(history)).toBe('/people?asOf=2026-03-01');
    expect(screen.getByRole('status')).toHaveTextContent(endOfDay('2026-03-01'));
    await act(async () => screen.getByText('clear').click());
    expect(location(history)).toBe('/people');
    expect(screen.getByRole('status')).toHaveTextContent('now');
  });

  it('opens a link (or a reload) on the day it names', async () => {
    await renderAt('/people?asOf=2026-02-14');
    expect(screen.getByRole('status')).toHaveTextContent(endOfDay('2026-02-14'));
  });

  it('keeps the day when moving to another screen', async () => {
    const { history } = await renderAt('/people?asOf=2026-02-14');
    await act(async () => screen.getByRole('link', { name: 'to the team' }).click());
    expect(location(history)).toBe('/team?asOf=2026-02-14');
    expect(screen.getByRole('status')).toHaveTextContent(endOfDay('2026-02-14'));
  });

  it.each(['2026-02-30', 'yesterday'])('reads an address whose day is not a calendar day (%s) as "now"', async (day) => {
    await renderAt(`/people?asOf=${day}`);
    expect(screen.getByRole('status')).toHaveTextContent('now');
  });
});
