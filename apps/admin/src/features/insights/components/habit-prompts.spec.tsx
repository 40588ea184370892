import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, stubApi } from '../../../test/render';
import { colleague, directoryAnswer } from '../../../test/colleague-directory-stub';
import { FeedbackRequests } from './feedback-requests';
import { daysLeft, ThankYouDue } from './thank-you-due';

const me = '0190d8c4-0000-7000-8000-000000000001';
const ana = colleague('0190d8c4-0000-7000-8000-000000000002', 'Ana Ortiz');
const bruno = colleague('0190d8c4-0000-7000-8000-000000000003', 'Bruno Rossi');
const meeting = '0190d8c4-0000-7000-8000-0000000000aa';
/** One interaction Ana recorded with me, waiting for my answer. */
const waiting = (channel: 'in_person' | 'video', kind: string | null, confirmed: boolean) => [
  { interactionId: meeting, initiatorId: ana.personId, occurredAt: '2026-12-01T10:00:00.000Z', channel, kind, confirmed },
];
const dismissed = { status: 200, body: { streamId: `person-${me}`, streamVersion: 3, eventIds: [meeting] } };
const done = { status: 201, body: { interactionId: meeting, streamId: `interaction-${meeting}`, streamVersion: 2, eventIds: [meeting] } };

describe('habit prompts on a person’s own page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks "did you feel heard?" about an interaction someone else recorded, and sends the answer, a confirmation or a dispute', async () => {
    const { requests } = stubApi((r) => directoryAnswer(r.url, [ana]) ?? done);
    renderWithProviders(<FeedbackRequests personId={me} requests={waiting('in_person', 'coffee', false)} />);
    expect(await screen.findByText('Did you feel heard by Ana Ortiz?')).toBeInTheDocument();
    expect(screen.getByText(/recorded a coffee in person on/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '4 of 5: mostly' }));
    await user.click(screen.getByRole('button', { name: 'It happened' }));
    await user.click(screen.getByRole('button', { name: 'It did not happen like that' }));
    await user.type(screen.getByLabelText('What was different?'), 'it was a call');
    await user.click(screen.getByRole('button', { name: 'Dispute it' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(3));
    expect(requests.filter((r) => r.method === 'POST').map((r) => [r.url, r.body])).toEqual([
      [`/v1/interactions/${meeting}/feedback`, { feltHeard: 4 }],
      [`/v1/interactions/${meeting}/confirmation`, {}],
      [`/v1/interactions/${meeting}/dispute`, { reason: 'it was a call' }],
    ]);
  });

  it('"Dismiss" records the dismissal for good, takes the question away, and says when nothing is left', async () => {
    const { requests } = stubApi((r) => directoryAnswer(r.url, [ana]) ?? dismissed);
    renderWithProviders(<FeedbackRequests personId={me} requests={waiting('video', null, true)} />);
    expect(await screen.findByText('you confirmed it')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'It happened' })).toBeNull();
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: /^Dismiss the question about a meeting on video on .+ with Ana Ortiz$/ }));
    expect(await screen.findByText('Nothing waiting for your answer.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual([
      `/v1/people/${me}/feedback-requests/${meeting}/dismiss`,
    ]);
  });

  it('keeps the question and says why when the dismissal is refused', async () => {
    const retracted = { type: 'https://rapport.dev/problems/invalid-state', title: 'Not possible in its current state', status: 409 };
    stubApi((r) => (r.method === 'POST' ? { status: 409, body: retracted } : (directoryAnswer(r.url, [ana]) ?? dismissed)));
    renderWithProviders(<FeedbackRequests personId={me} requests={waiting('video', null, true)} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: /^Dismiss the question about/ }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByText('Did you feel heard by Ana Ortiz?')).toBeInTheDocument();
  });

  it('lists first meetings waiting for a thank-you note with the days left, says the rule, and records a note in one click', async () => {
    const { requests } = stubApi((r) => directoryAnswer(r.url, [bruno]) ?? done);
    const due = new Date(Date.now() + 2.5 * 86_400_000).toISOString();
    renderWithProviders(
      <ThankYouDue
        personId={me}
        canRecord
        thankYou={{
          score: 50,
          firstMeetings: 2,
          followedByNote: 1,
          handwritten: 0,
          handwrittenShare: 0,
          awaitingNote: 1,
          awaiting: [{ counterpartId: bruno.personId, interactionId: meeting, metAt: '2026-12-01T10:00:00.000Z', noteDueBy: due }],
          withinDays: 7,
        }}
      />,
    );
    expect(screen.getByText(/within 7 days, a first in-person or video meeting you started/)).toBeInTheDocument();
    expect(await screen.findByText(/first met .*: 2 days left/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Handwritten'));
    await user.click(screen.getByRole('button', { name: 'I sent a note to Bruno Rossi' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      url: '/v1/thank-you-notes',
      body: { fromId: me, toId: bruno.personId, handwritten: true, interactionId: meeting },
    });
    expect(await screen.findByRole('button', { name: 'Recorded: note to Bruno Rossi' })).toBeDisabled();
  });

  it('counts the days left in whole days, down to the last one', () => {
    const now = Date.parse('2026-12-05T12:00:00Z');
    expect(daysLeft('2026-12-08T13:00:00Z', now)).toBe('3 days left');
    expect(daysLeft('2026-12-06T13:00:00Z', now)).toBe('1 day left');
    expect(daysLeft('2026-12-05T20:00:00Z', now)).toBe('last day');
  });
});
