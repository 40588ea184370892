import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { summaryMetricKeys } from '@rapport/contracts';
import { renderWithProviders, stubApi } from '../../../test/render';
import { colleague, directoryAnswer } from '../../../test/colleague-directory-stub';
import { CohortScreen } from './cohort-screen';

const cohortId = '0190d8c4-0000-7000-8000-0000000000c0';
const ana = {
  personId: '0190d8c4-0000-7000-8000-000000000002',
  displayName: 'Ana Ortiz',
  department: 'Finance',
  enrolledAt: '2026-09-01T08:00:00Z',
};
const ben = colleague('0190d8c4-0000-7000-8000-000000000003', 'Ben Okafor', 'Sales');
const directory = [colleague(ana.personId, ana.displayName), ben];

function cohort(participants: (typeof ana)[]) {
  return {
    cohortId,
    programId: '0190d8c4-0000-7000-8000-0000000000d0',
    programName: 'Leadership Accelerator',
    name: 'Autumn 2026',
    startsOn: '2026-09-01',
    endsOn: '2026-12-15',
    goals: [],
    version: 2,
    participants,
  };
}

describe('cohort screen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('enrols a person and withdraws a participant', async () => {
    const { requests } = stubApi(
      (request) =>
        directoryAnswer(request.url, directory) ??
        (request.method === 'GET' && request.url.includes('/summary')
          ? { status: 404, body: { type: 'https://rapport.dev/problems/not-found', title: 'No route', status: 404 } }
          : request.method === 'GET'
            ? { status: 200, body: cohort([ana]) }
            : { status: request.method === 'POST' ? 201 : 200, body: { streamId: `cohort-${cohortId}`, streamVersion: 3, eventIds: [] } }),
    );
    renderWithProviders(<CohortScreen cohortId={cohortId} asOf={undefined} />);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Autumn 2026' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Person to enrol' }));
    await user.click(await screen.findByRole('option', { name: /Ben Okafor/ }));
    expect(screen.queryByRole('option', { name: /Ana Ortiz/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enrol' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      url: `/v1/cohorts/${cohortId}/participants`,
      body: { personId: ben.personId },
    });

    // Withdrawing asks first: keeping them sends nothing.
    await user.click(screen.getByRole('button', { name: 'Withdraw Ana Ortiz' }));
    const asked = await screen.findByRole('dialog', { name: 'Withdraw Ana Ortiz from this cohort?' });
    await user.click(within(asked).getByRole('button', { name: 'Keep Ana Ortiz' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Withdraw Ana Ortiz' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Withdraw Ana Ortiz' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE')).toBe(true));
    expect(requests.find((r) => r.method === 'DELETE')!.url).toBe(`/v1/cohorts/${cohortId}/participants/${ana.personId}`);
  });

  it('enrols many people from pasted e-mail addresses, saying who was enrolled and which addresses nobody has', async () => {
    const benPerson = {
      ...ben,
      email: 'ben.okafor@example.com',
      function: 'Sales',
      location: 'Paris',
      seniority: 2,
      expertise: [],
      managerId: null,
      registeredAt: '2026-01-01T00:00:00Z',
      version: 1,
    };
    const { requests } = stubApi((request) => {
      if (request.method === 'GET' && request.url.startsWith('/v1/people?')) {
        const email = new URL(request.url, 'http://x').searchParams.get('email');
        return { status: 200, body: { items: email === benPerson.email ? [benPerson] : [], nextCursor: null } };
      }
      if (request.method === 'POST') return { status: 201, body: { streamId: `cohort-${cohortId}`, streamVersion: 3, eventIds: [] } };
      if (request.url.includes('/summary') || request.url.includes('/series') || request.url.endsWith('/participants'))
        return { status: 404, body: { type: 'https://rapport.dev/problems/not-found', title: 'No route', status: 404 } };
      return { status: 200, body: cohort([]) };
    });
    renderWithProviders(<CohortScreen cohortId={cohortId} asOf={undefined} />);
    const user = userEvent.setup();
    const box = await screen.findByRole('textbox', { name: 'Enrol many people' });
    await user.click(box);
    await user.paste('Name,Email\nBen Okafor,ben.okafor@example.com\nNobody,no.one@example.com\n');
    await user.click(screen.getByRole('button', { name: 'Enrol 2 people' }));
    const outcome = (await screen.findByText('1 enrolled')).closest('[role="status"]')!;
    expect(outcome).toHaveTextContent('1 enrolled');
    expect(outcome).toHaveTextContent('Enrolled: Ben Okafor.');
    expect(outcome).toHaveTextContent('Nobody registered has these addresses: no.one@example.com.');
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([{ personId: ben.personId }]);
  });

  it('shows progress: each metric, habit and structural metric at the start and now, and ties inside the cohort', async () => {
    const distribution = (median: number) => ({ n: 8, p25: median - 1, median, p75: median + 1 });
    const network = (ties: number) => ({ participants: 8, ties, possibleTies: 28, density: ties / 28, meanStrength: 20 + ties, links: [] });
    stubApi((request) =>
      request.url.endsWith('/participants')
        ? {
            status: 200,
            body: {
              cohortId,
              baselineAt: '2026-09-01T00:00:00Z',
              asOf: '2026-11-29T00:00:00Z',
              items: [
                {
                  personId: ana.personId,
                  displayName: 'Ana Ortiz',
                  department: 'Finance',
                  metrics: Object.fromEntries(
                    summaryMetricKeys.map((key) => [key, { baseline: null, current: key === 'feltHeard' ? 80 : null, change: null }]),
                  ),
                },
              ],
            },
          }
        : request.url.includes('/summary')
          ? {
              status: 200,
              body: {
                cohortId,
                name: 'Autumn 2026',
                programName: 'Leadership Accelerator',
                startsOn: '2026-09-01',
                endsOn: '2026-12-15',
                goals: [],
                baselineAt: '2026-09-01T00:00:00Z',
                asOf: '2026-11-29T00:00:00Z',
                participants: 8,
                metrics: [
                  {
                    metric: 'size',
                    kind: 'network',
                    label: 'Network size',
                    baseline: distribution(3),
                    current: distribution(6),
                    change: 3,
                    compared: 8,
                    improved: 6,
                  },
                  {
                    metric: 'feltHeard',
                    kind: 'habit',
                    label: 'Felt heard',
                    baseline: distribution(60),
                    current: distribution(72),
                    change: 12,
                    compared: 7,
                    improved: 5,
                  },
                  {
                    metric: 'pageRankPercentile',
                    kind: 'structure',
                    label: 'PageRank percentile',
                    baseline: distribution(41.5),
                    current: distribution(58.25),
                    change: 16.75,
                    compared: 8,
                    improved: 7,
                  },
                  {
                    metric: 'constraint',
                    kind: 'structure',
                    label: 'Constraint',
                    baseline: distribution(0.42),
                    current: distribution(0.31),
                    change: -0.11,
                    compared: 8,
                    improved: 5,
                  },
                ],
                baselineNetwork: network(2),
                internalNetwork: network(7),
              },
            }
          : { status: 200, body: cohort([ana]) },
    );
    renderWithProviders(<CohortScreen cohortId={cohortId} asOf={undefined} />);

    const table = await screen.findByRole('table', { name: 'Progress by metric' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'Network',
      'Network size366 of 8',
      'Position in the network',
      'PageRank percentile41.558.257 of 8',
      'Constraint0.420.315 of 8',
      'Habits',
      'Felt heard60725 of 7',
    ]);
    expect(screen.getByText(/except for constraint, where a fall/)).toBeInTheDocument();
    expect(screen.getByText('2 → 7')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Habit scores now, 0 to 100, by participant' })).toBeInTheDocument();
  });

  it('asks for a report export and says in words when it cannot be had', async () => {
    const { requests } = stubApi((request) =>
      request.url.includes('/report.')
        ? { status: 404, body: { type: 'https://rapport.dev/problems/not-found', title: 'No route GET report', status: 404 } }
        : { status: 200, body: cohort([]) },
    );
    renderWithProviders(<CohortScreen cohortId={cohortId} asOf="2026-11-29T23:59:59.999Z" />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Export XLSX' }));
    expect(await screen.findByText('The report: not available yet')).toBeInTheDocument();
    expect(requests.some((r) => r.url === `/v1/cohorts/${cohortId}/report.xlsx?asOf=2026-11-29T23%3A59%3A59.999Z`)).toBe(true);
  });

  it('says in words when the cohort API is not there yet', async () => {
    stubApi(() => ({
      status: 404,
      body: { type: 'https://rapport.dev/problems/not-found', title: `No route GET /v1/cohorts/${cohortId}`, status: 404 },
    }));
    renderWithProviders(<CohortScreen cohortId={cohortId} asOf={undefined} />);
    expect(await screen.findByText('Cohort: not available yet')).toBeInTheDocument();
  });
});
