import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cohortMetricKeys, problemTypes } from '@rapport/contracts';
import { renderWithProviders, stubApi, type RecordedRequest } from '../../../test/render';
import { CreateCohortForm } from '../components/create-cohort-form';
import { CohortScreen } from './cohort-screen';

const cohortId = '0190d8c4-0000-7000-8000-0000000000c0';
const programId = '0190d8c4-0000-7000-8000-0000000000d0';
const cohort = {
  cohortId,
  programId,
  programName: 'Leadership Accelerator',
  name: 'Autumn 2026',
  startsOn: '2026-09-01',
  endsOn: '2026-12-15',
  goals: ['Meet outside your department'],
  version: 2,
  participants: [
    {
      personId: '0190d8c4-0000-7000-8000-000000000002',
      displayName: 'Ana Ortiz',
      department: 'Finance',
      enrolledAt: '2026-09-01T08:00:00Z',
    },
  ],
};
const week = (at: string, size: number | null) => ({
  at,
  metrics: Object.fromEntries(
    cohortMetricKeys.map((key) => [
      key,
      key === 'size' && size !== null ? { n: 6, p25: size - 1, median: size, p75: size + 2 } : { n: 0, p25: null, median: null, p75: null },
    ]),
  ),
});
const series = {
  cohortId,
  from: '2026-09-01T00:00:00.000Z',
  asOf: '2026-09-15T00:00:00.000Z',
  points: [week('2026-09-01T00:00:00.000Z', 3), week('2026-09-08T00:00:00.000Z', 4), week('2026-09-15T00:00:00.000Z', 6)],
};
const done = { streamId: `cohort-${cohortId}`, streamVersion: 3, eventIds: [] };

/** The cohort API as the screen meets it; `patch` answers the edit. */
function cohortApi(patch: (request: RecordedRequest) => { status: number; body: unknown } = () => ({ status: 200, body: done })) {
  return (request: RecordedRequest) => {
    if (request.method === 'PATCH') return patch(request);
    if (request.url.includes('/series')) return { status: 200, body: series };
    if (request.url.includes('/summary') || request.url.includes('/participants'))
      return { status: 404, body: { type: 'about:blank', title: 'Not here', status: 404 } };
    return { status: 200, body: cohort };
  };
}
const patches = (requests: readonly RecordedRequest[]) => requests.filter((r) => r.method === 'PATCH');

describe('editing a cohort', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends only what changed, against the version on screen', async () => {
    const { requests } = stubApi(cohortApi());
    renderWithProviders(<CohortScreen cohortId={cohortId} asOf={undefined} />);
    const user = userEvent.setup();
    expect(await screen.findByRole('list', { name: 'Goals' })).toHaveTextContent('Meet outside your department');

    await user.click(screen.getByRole('button', { name: 'Edit cohort' }));
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await user.clear(screen.getByLabelText(/^Cohort name/));
    await user.type(screen.getByLabelText(/^Cohort name/), 'Autumn 2026 · Lisbon');
    await user.type(screen.getByLabelText(/^Goals/), '\nThank someone by hand every week\n');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(patches(requests)).toHaveLength(1));
    expect(patches(requests)[0]).toMatchObject({
      url: `/v1/cohorts/${cohortId}`,
      body: {
        expectedVersion: 2,
        name: 'Autumn 2026 · Lisbon',
        goals: ['Meet outside your department', 'Thank someone by hand every week'],
      },
    });
    expect(patches(requests)[0]!.body).not.toHaveProperty('startsOn');
    expect(patches(requests)[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit the cohort' })).not.toBeInTheDocument());
  });

  it('refuses an end before the start without asking the service', async () => {
    const { requests } = stubApi(cohortApi());
    renderWithProviders(<CohortScreen cohortId={cohortId} asOf={undefined} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit cohort' }));
    await user.clear(screen.getByLabelText(/^Ends on/));
    await user.type(screen.getByLabelText(/^Ends on/), '2026-08-01');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('It cannot end before it starts')).toBeInTheDocument();
    expect(patches(requests)).toHaveLength(0);
  });

  it('says so when someone else changed the cohort meanwhile, and puts the service’s field problems beside their fields', async () => {
    let answer: { status: number; body: unknown } = {
      status: 409,
      body: {
        type: problemTypes.concurrencyConflict,
        title: 'The stream has moved on',
        status: 409,
        detail: 'expected version 2, found 3',
      },
    };
    stubApi(cohortApi(() => answer));
    renderWithProviders(<CohortScreen cohortId={cohortId} asOf={undefined} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit cohort' }));
    await user.type(screen.getByLabelText(/^Cohort name/), ' B');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Someone changed this cohort meanwhile')).toBeInTheDocument();

    answer = {
      status: 400,
      body: {
        type: problemTypes.validation,
        title: 'The request body is invalid',
        status: 400,
        errors: [{ field: 'goals.0', message: 'at most 500 characters' }],
      },
    };
    await user.type(screen.getByLabelText(/^Cohort name/), 'C');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByLabelText(/^Goals/)).toHaveAccessibleDescription(/at most 500 characters/));
  });
});

describe('the cohort week by week', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('charts the weekly median and middle half of a chosen metric, and says when nobody has a value', async () => {
    stubApi(cohortApi());
    renderWithProviders(<CohortScreen cohortId={cohortId} asOf={undefined} />);
    const user = userEvent.setup();
    expect(
      await screen.findByRole('img', {
        name: 'Active ties week by week, 3 weeks: median 3 in the week of 1 Sept 2026, 6 in the week of 15 Sept 2026',
      }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Metric' }));
    await user.click(await screen.findByRole('option', { name: 'Felt heard' }));
    expect(await screen.findByRole('img', { name: 'Felt heard week by week, 3 weeks: no values yet' })).toBeInTheDocument();
    expect(screen.getByText('Nobody in the cohort has a value for felt heard yet.')).toBeInTheDocument();
  });
});

describe('creating cohorts and programmes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts another programme beside the existing one and creates the cohort in it', async () => {
    const newProgram = '0190d8c4-0000-7000-8000-0000000000d1';
    const programs = [{ programId, name: 'Leadership Accelerator', description: null, createdAt: '2026-01-01T00:00:00.000Z', cohorts: 1 }];
    const { requests } = stubApi((request) => {
      if (request.method === 'POST' && request.url === '/v1/programs') {
        programs.push({
          programId: newProgram,
          name: 'Women in Leadership',
          description: null,
          createdAt: '2026-02-01T00:00:00.000Z',
          cohorts: 0,
        });
        return { status: 201, body: { streamId: `program-${newProgram}`, streamVersion: 1, eventIds: [] } };
      }
      if (request.method === 'POST') return { status: 201, body: done };
      return { status: 200, body: { items: programs, nextCursor: null } };
    });
    const onCreated = vi.fn();
    renderWithProviders(<CreateCohortForm onCreated={onCreated} />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Start another programme' }));
    await user.type(screen.getByLabelText('New programme'), 'Women in Leadership');
    await user.click(screen.getByRole('button', { name: 'Create programme' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Programme/ })).toHaveValue('Women in Leadership'));

    await user.type(screen.getByLabelText(/^Cohort name/), 'Spring');
    await user.type(screen.getByLabelText(/^Starts on/), '2026-03-01');
    await user.type(screen.getByLabelText(/^Ends on/), '2026-06-30');
    await user.click(screen.getByRole('button', { name: 'Create cohort' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(cohortId));
    expect(requests.find((r) => r.url === '/v1/cohorts' && r.method === 'POST')!.body).toEqual({
      programId: newProgram,
      name: 'Spring',
      startsOn: '2026-03-01',
      endsOn: '2026-06-30',
    });
  });

  it('asks for the first programme when there is none', async () => {
    stubApi(() => ({ status: 200, body: { items: [], nextCursor: null } }));
    renderWithProviders(<CreateCohortForm onCreated={vi.fn()} />);
    expect(await screen.findByLabelText('First programme')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start another programme' })).not.toBeInTheDocument();
  });
});
