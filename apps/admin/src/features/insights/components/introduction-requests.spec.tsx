import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, stubApi } from '../../../test/render';
import type { IntroductionRequestView } from '../api/introduction-requests';
import { AskForIntroduction } from './ask-for-introduction';
import { IntroductionRequests } from './introduction-requests';

const ana = '0190d8c4-0000-7000-8000-00000000000a';
const bruno = '0190d8c4-0000-7000-8000-00000000000b';
const aiko = '0190d8c4-0000-7000-8000-00000000000c';
const requestId = '0190d8c4-0000-7000-8000-0000000000f1';
const recorded = {
  status: 201,
  body: { streamId: `introduction-request-${requestId}`, streamVersion: 1, eventIds: [requestId], requestId },
};

const waiting: IntroductionRequestView = {
  requestId,
  requesterId: ana,
  requesterName: 'Ana Ortiz',
  introducerId: bruno,
  introducerName: 'Bruno Rossi',
  targetId: aiko,
  targetName: 'Aiko Moreau',
  note: 'We both work on pricing',
  status: 'open',
  requestedAt: '2026-03-01T09:00:00.000Z',
  answeredAt: null,
  why: {
    strengthToRequester: 62,
    strengthToTarget: 34,
    sentence: 'you and Ana Ortiz: strong tie, 62; you and Aiko Moreau: developing tie, 34',
  },
};

describe('introductions on request (habit 2)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for an introduction from a recommendation card with a line to the introducer', async () => {
    const { requests } = stubApi(() => recorded);
    renderWithProviders(
      <AskForIntroduction
        requesterId={ana}
        introducerId={bruno}
        introducerName="Bruno Rossi"
        targetId={aiko}
        targetName="Aiko Moreau"
        asked={false}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ask Bruno for an introduction to Aiko Moreau' }));
    await user.type(screen.getByLabelText('A line to Bruno (optional)'), 'We both work on pricing');
    await user.click(screen.getByRole('button', { name: 'Send the request to Bruno' }));
    await screen.findByText('introduction asked of Bruno');
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: '/v1/introduction-requests',
      body: { requesterId: ana, introducerId: bruno, targetId: aiko, note: 'We both work on pricing' },
    });
  });

  it('shows a request waiting for the introducer with why they can make it, and makes it; their own requests with status', async () => {
    const { requests } = stubApi(() => recorded);
    const mine = [{ ...waiting, requesterId: bruno, introducerName: 'Ana Ortiz', status: 'declined' as const, why: null }];
    const { rerenderWithProviders } = renderWithProviders(<IntroductionRequests waitingForMe={[waiting]} myRequests={mine} canAnswer />);
    const forMe = screen.getByRole('region', { name: 'Introductions waiting for an answer' });
    expect(forMe).toHaveTextContent('Ana Ortiz asks you to introduce them to Aiko Moreau');
    expect(forMe).toHaveTextContent('Why you: you and Ana Ortiz: strong tie, 62; you and Aiko Moreau: developing tie, 34');
    expect(forMe).toHaveTextContent('“We both work on pricing”');
    expect(screen.getByRole('region', { name: 'Introductions asked for' })).toHaveTextContent('Aiko Moreau through Ana Ortiz');
    expect(screen.getByRole('region', { name: 'Introductions asked for' })).toHaveTextContent('declined');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Make the introduction: Ana Ortiz and Aiko Moreau' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]).toMatchObject({ method: 'POST', url: `/v1/introduction-requests/${requestId}/answer`, body: { answer: 'made' } });
    await screen.findByText('Thank you: your answer is recorded.');
    // The answered request leaves the list once projected; the confirmation stays.
    rerenderWithProviders(<IntroductionRequests waitingForMe={[]} myRequests={mine} canAnswer />);
    expect(screen.getByText('No one is waiting for an introduction.')).toBeInTheDocument();
    expect(screen.getByText('Thank you: your answer is recorded.')).toBeInTheDocument();
  });

  it('offers no answer to someone who is not the introducer (an admin looking)', () => {
    renderWithProviders(<IntroductionRequests waitingForMe={[waiting]} myRequests={[]} canAnswer={false} />);
    expect(screen.queryByRole('button', { name: /Make the introduction/ })).toBeNull();
    const forThem = screen.getByRole('region', { name: 'Introductions waiting for an answer' });
    expect(forThem).toHaveTextContent('Ana Ortiz asks Bruno Rossi to introduce them to Aiko Moreau');
    expect(forThem).toHaveTextContent('Ties: Bruno Rossi and Ana Ortiz 62; Bruno Rossi and Aiko Moreau 34');
  });
});
