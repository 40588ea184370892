import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { problemTypes } from '@rapport/contracts';
import { renderWithProviders, stubApi } from '../../../test/render';
import { SignInForm, type DemoPerson } from './sign-in-form';

const people: DemoPerson[] = [
  { personId: '0190d8c4-0000-7000-8000-000000000001', displayName: 'Ana Ortiz', department: 'Finance', function: 'Treasury' },
  {
    personId: '0190d8c4-0000-7000-8000-000000000002',
    displayName: 'Ben Okafor',
    department: 'Sales',
    function: 'Partnerships',
    managerId: '0190d8c4-0000-7000-8000-000000000001',
  },
];

describe('dev sign-in', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('signs a participant in as the demo person they pick', async () => {
    const { requests } = stubApi(() => ({ status: 201, body: { token: 'signed-token', expiresAt: '2099-01-01T00:00:00Z' } }));
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm people={people} onSignedIn={onSignedIn} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('combobox', { name: /demo person/i }));
    await user.click(await screen.findByRole('option', { name: /Ben Okafor/ }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: '/v1/auth/dev-token',
      body: { role: 'participant', personId: people[1]!.personId },
    });
    expect(onSignedIn.mock.calls[0]![0]).toEqual({
      token: 'signed-token',
      role: 'participant',
      personId: people[1]!.personId,
      displayName: 'Ben Okafor',
      expiresAt: '2099-01-01T00:00:00Z',
    });
  });

  it('lists only people with reports when signing in as a manager', async () => {
    renderWithProviders(<SignInForm people={people} onSignedIn={vi.fn()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Manager' }));
    await user.click(screen.getByRole('combobox', { name: /demo person/i }));
    expect(await screen.findByRole('option', { name: /Ana Ortiz/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Ben Okafor/ })).not.toBeInTheDocument();
  });

  it('lets an admin sign in without being a person', async () => {
    const { requests } = stubApi(() => ({ status: 201, body: { token: 'admin-token', expiresAt: '2099-01-01T00:00:00Z' } }));
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm people={people} onSignedIn={onSignedIn} />);
    const user = userEvent.setup();

    await user.click(screen.getByText('Admin'));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(requests[0]!.body).toEqual({ role: 'admin' });
    expect(onSignedIn.mock.calls[0]![0]).toMatchObject({ role: 'admin', personId: null });
  });

  it('asks a participant who they are before calling the API', async () => {
    const { requests } = stubApi(() => ({ status: 201, body: {} }));
    renderWithProviders(<SignInForm people={people} onSignedIn={vi.fn()} />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Choose who you are signing in as')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('explains in words when dev sign-in is switched off', async () => {
    stubApi(() => ({
      status: 403,
      body: { type: problemTypes.devSignInDisabled, title: 'Dev sign-in is disabled', status: 403, detail: 'AUTH_MODE is oidc' },
    }));
    renderWithProviders(<SignInForm people={people} onSignedIn={vi.fn()} />);
    const user = userEvent.setup();

    await user.click(screen.getByText('Admin'));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText(/AUTH_MODE is oidc/)).toBeInTheDocument();
  });

  it('says so when the demo people cannot be listed', () => {
    renderWithProviders(<SignInForm people={[]} peopleError={new Error('boom')} onSignedIn={vi.fn()} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/Demo people could not be loaded/);
  });
});
