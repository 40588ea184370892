import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { problemTypes } from '@rapport/contracts';
import { renderWithProviders, stubApi } from '../../../test/render';
import { SignalForm } from './signal-form';

const me = '0190d8c4-0000-7000-8000-000000000001';
const colleagues = [
  { value: '0190d8c4-0000-7000-8000-000000000002', label: 'Ana Ortiz · Finance' },
  { value: '0190d8c4-0000-7000-8000-000000000003', label: 'Ben Okafor · Sales' },
];

async function pick(label: RegExp, option: RegExp) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
  return user;
}

describe('recording help, introductions and thank-you notes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('records an introduction between two colleagues, made by the signed-in person', async () => {
    const { requests } = stubApi(() => ({ status: 201, body: { streamId: `person-${me}`, streamVersion: 3, eventIds: ['0190d8c4-0000-7000-8000-0000000000ee'] } }));
    renderWithProviders(<SignalForm kind="introduction" personId={me} colleagues={colleagues} />);

    await pick(/introduced/i, /Ana Ortiz/);
    const user = await pick(/^to/i, /Ben Okafor/);
    await user.click(screen.getByRole('button', { name: 'Record' }));

    expect(await screen.findByText('Recorded')).toBeInTheDocument();
    expect(requests[0]).toMatchObject({ method: 'POST', url: '/v1/introductions', body: { introducerId: me, personAId: colleagues[0]!.value, personBId: colleagues[1]!.value } });
  });

  it('shows the API’s field problem next to the colleague it is about', async () => {
    stubApi(() => ({
      status: 400,
      body: { type: problemTypes.validation, title: 'The request body is invalid', status: 400, errors: [{ field: 'personBId', message: 'must differ from person A' }] },
    }));
    renderWithProviders(<SignalForm kind="introduction" personId={me} colleagues={colleagues} />);

    await pick(/introduced/i, /Ana Ortiz/);
    const user = await pick(/^to/i, /Ana Ortiz/);
    await user.click(screen.getByRole('button', { name: 'Record' }));

    await waitFor(() => expect(screen.getByRole('combobox', { name: /^to/i })).toHaveAccessibleDescription(/must differ from person A/));
  });
});
