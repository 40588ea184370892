import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { problemTypes } from '@rapport/contracts';
import { renderWithProviders, stubApi, type RecordedRequest } from '../../../test/render';
import { colleague, directoryAnswer } from '../../../test/colleague-directory-stub';
import { SignalForm } from './signal-form';

const me = '0190d8c4-0000-7000-8000-000000000001';
const colleagues = [
  colleague('0190d8c4-0000-7000-8000-000000000002', 'Ana Ortiz', 'Finance'),
  colleague('0190d8c4-0000-7000-8000-000000000003', 'Ben Okafor', 'Sales'),
];
const directory = [colleague(me, 'Me Myself'), ...colleagues];
const withDirectory = (answer: (request: RecordedRequest) => { status: number; body: unknown }) => (request: RecordedRequest) =>
  directoryAnswer(request.url, directory) ?? answer(request);
const commands = (requests: readonly RecordedRequest[]) => requests.filter((r) => r.method !== 'GET');

async function pick(label: RegExp, option: RegExp) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
  return user;
}

describe('recording help, introductions and thank-you notes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('records an introduction between two colleagues, made by the signed-in person', async () => {
    const { requests } = stubApi(
      withDirectory(() => ({
        status: 201,
        body: { streamId: `person-${me}`, streamVersion: 3, eventIds: ['0190d8c4-0000-7000-8000-0000000000ee'] },
      })),
    );
    renderWithProviders(<SignalForm kind="introduction" personId={me} />);

    await pick(/introduced/i, /Ana Ortiz/);
    const user = await pick(/^to/i, /Ben Okafor/);
    await user.click(screen.getByRole('button', { name: 'Record' }));

    expect(await screen.findByText('Recorded')).toBeInTheDocument();
    expect(commands(requests)).toHaveLength(1);
    expect(commands(requests)[0]).toMatchObject({
      method: 'POST',
      url: '/v1/introductions',
      body: { introducerId: me, personAId: colleagues[0]!.personId, personBId: colleagues[1]!.personId },
    });
  });

  it('offers neither oneself nor the first colleague as the one they were introduced to', async () => {
    stubApi(withDirectory(() => ({ status: 500, body: {} })));
    renderWithProviders(<SignalForm kind="introduction" personId={me} />);

    await pick(/introduced/i, /Ana Ortiz/);
    await userEvent.setup().click(screen.getByRole('combobox', { name: /^to/i }));

    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Ben OkaforSales · Controlling']));
  });

  it('shows the API’s field problem next to the colleague it is about', async () => {
    stubApi(
      withDirectory(() => ({
        status: 422,
        body: {
          type: problemTypes.unknownPerson,
          title: 'The request names a person who has been erased',
          status: 422,
          errors: [{ field: 'personBId', message: 'this person has been erased' }],
        },
      })),
    );
    renderWithProviders(<SignalForm kind="introduction" personId={me} />);

    await pick(/introduced/i, /Ana Ortiz/);
    const user = await pick(/^to/i, /Ben Okafor/);
    await user.click(screen.getByRole('button', { name: 'Record' }));

    await waitFor(() => expect(screen.getByRole('combobox', { name: /^to/i })).toHaveAccessibleDescription(/this person has been erased/));
  });
});
