import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { problemTypes } from '@rapport/contracts';
import { renderWithProviders, stubApi, type RecordedRequest } from '../../../test/render';
import { colleague, directoryAnswer } from '../../../test/colleague-directory-stub';
import { LogInteractionForm } from './log-interaction-form';
import { signIn } from '../../../lib/session';

const me = '0190d8c4-0000-7000-8000-000000000001';
const ana = colleague('0190d8c4-0000-7000-8000-000000000002', 'Ana Ortiz');
const directory = [colleague(me, 'Me Myself'), ana];

/** The colleague directory answers as the API does; every other request gets `answer`. */
const withDirectory = (answer: (request: RecordedRequest) => { status: number; body: unknown }) => (request: RecordedRequest) =>
  directoryAnswer(request.url, directory) ?? answer(request);
const commands = (requests: readonly RecordedRequest[]) => requests.filter((r) => r.method !== 'GET');

async function chooseColleague(name: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('combobox', { name: /who with/i }));
  await user.click(await screen.findByRole('option', { name: new RegExp(name) }));
  return user;
}

describe('log-an-interaction form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each invalid field the API names next to that field', async () => {
    stubApi(
      withDirectory(() => ({
        status: 400,
        body: {
          type: problemTypes.validation,
          title: 'The request body is invalid',
          status: 400,
          errors: [
            { field: 'occurredAt', message: 'must not be in the future' },
            { field: 'durationMinutes', message: 'at most 1440 minutes' },
            { field: 'participantIds.1', message: 'unknown person' },
          ],
        },
      })),
    );
    renderWithProviders(<LogInteractionForm personId={me} />);

    const user = await chooseColleague('Ana Ortiz');
    await user.click(screen.getByRole('button', { name: 'Log interaction' }));

    expect(await screen.findByText('must not be in the future')).toBeInTheDocument();
    expect(screen.getByLabelText(/^When/)).toHaveAccessibleDescription(/must not be in the future/);
    expect(screen.getByLabelText(/^Minutes/)).toHaveAccessibleDescription(/at most 1440 minutes/);
    expect(screen.getByRole('combobox', { name: /who with/i })).toHaveAccessibleDescription(/unknown person/);
  });

  it('sends the interaction as the signed-in person, with an idempotency key', async () => {
    const { requests } = stubApi(
      withDirectory(() => ({
        status: 201,
        body: { interactionId: '0190d8c4-0000-7000-8000-00000000000a', eventId: '0190d8c4-0000-7000-8000-00000000000b' },
      })),
    );
    const onLogged = vi.fn();
    renderWithProviders(<LogInteractionForm personId={me} onLogged={onLogged} />);

    const user = await chooseColleague('Ana Ortiz');
    await user.click(screen.getByRole('button', { name: 'Log interaction' }));

    await waitFor(() => expect(onLogged).toHaveBeenCalledWith('0190d8c4-0000-7000-8000-00000000000a'));
    expect(commands(requests)).toHaveLength(1);
    expect(commands(requests)[0]).toMatchObject({
      method: 'POST',
      url: '/v1/interactions',
      body: { initiatorId: me, participantIds: [me, ana.personId], channel: 'in_person', kind: 'coffee' },
    });
    expect(commands(requests)[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText('Interaction logged')).toBeInTheDocument();
  });

  it('asks for a colleague before sending anything', async () => {
    const { requests } = stubApi(withDirectory(() => ({ status: 500, body: {} })));
    renderWithProviders(<LogInteractionForm personId={me} />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Log interaction' }));

    expect(await screen.findByText('Choose at least one colleague')).toBeInTheDocument();
    expect(commands(requests)).toHaveLength(0);
  });

  it('says whose the private note is: yours on your own page, theirs when an admin records for them', async () => {
    stubApi(withDirectory(() => ({ status: 500, body: {} })));
    signIn({ token: 't', role: 'participant', personId: me, displayName: 'Me Myself', expiresAt: '2099-01-01T00:00:00Z' });
    const mine = renderWithProviders(<LogInteractionForm personId={me} />);
    expect(screen.getByLabelText('Private note')).toHaveAccessibleDescription('Only you can read it');
    mine.unmount();
    signIn({ token: 't', role: 'admin', personId: null, displayName: 'Programme administrator', expiresAt: '2099-01-01T00:00:00Z' });
    renderWithProviders(<LogInteractionForm personId={ana.personId} personName="Ana Ortiz" />);
    expect(screen.getByLabelText('Private note')).toHaveAccessibleDescription(
      'Only Ana Ortiz can read it: the note is theirs, recorded on their behalf',
    );
  });

  it('says under each field which networking habit it feeds', () => {
    stubApi(withDirectory(() => ({ status: 500, body: {} })));
    renderWithProviders(<LogInteractionForm personId={me} />);
    expect(screen.getByRole('textbox', { name: 'Questions asked' })).toHaveAccessibleDescription('Habit 5: ask more than you tell');
    expect(screen.getByRole('textbox', { name: 'Stories told' })).toHaveAccessibleDescription('Habit 5: fewer stories than questions');
    expect(screen.getByText('Habit 3: meet in their office')).toBeInTheDocument();
  });
});
