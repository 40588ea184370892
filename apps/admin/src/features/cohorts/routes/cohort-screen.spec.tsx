import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, stubApi } from '../../../test/render';
import { CohortScreen } from './cohort-screen';

const cohortId = '0190d8c4-0000-7000-8000-0000000000c0';
const ana = { personId: '0190d8c4-0000-7000-8000-000000000002', displayName: 'Ana Ortiz', department: 'Finance', enrolledAt: '2026-09-01T08:00:00Z' };
const ben = { value: '0190d8c4-0000-7000-8000-000000000003', label: 'Ben Okafor · Sales' };

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
    const { requests } = stubApi((request) =>
      request.method === 'GET'
        ? { status: 200, body: cohort([ana]) }
        : { status: request.method === 'POST' ? 201 : 200, body: { streamId: `cohort-${cohortId}`, streamVersion: 3, eventIds: [] } },
    );
    renderWithProviders(<CohortScreen cohortId={cohortId} candidates={[{ value: ana.personId, label: 'Ana Ortiz · Finance' }, ben]} />);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Autumn 2026' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Person to enrol' }));
    expect(screen.queryByRole('option', { name: /Ana Ortiz/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: /Ben Okafor/ }));
    await user.click(screen.getByRole('button', { name: 'Enrol' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({ url: `/v1/cohorts/${cohortId}/participants`, body: { personId: ben.value } });

    await user.click(screen.getByRole('button', { name: 'Withdraw Ana Ortiz' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE')).toBe(true));
    expect(requests.find((r) => r.method === 'DELETE')!.url).toBe(`/v1/cohorts/${cohortId}/participants/${ana.personId}`);
  });

  it('says in words when the cohort API is not there yet', async () => {
    stubApi(() => ({ status: 404, body: { type: 'https://rapport.dev/problems/not-found', title: `No route GET /v1/cohorts/${cohortId}`, status: 404 } }));
    renderWithProviders(<CohortScreen cohortId={cohortId} candidates={[]} />);
    expect(await screen.findByText('Cohort: not available yet')).toBeInTheDocument();
  });
});
