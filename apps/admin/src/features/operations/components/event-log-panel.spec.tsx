import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, stubApi, type RecordedRequest } from '../../../test/render';
import { EventLogPanel } from './event-log-panel';

const event = (position: number, type = 'InteractionLogged', streamId = `interaction-${position}`) => ({
  eventId: `0190d8c4-0000-7000-8000-${String(position).padStart(12, '0')}`,
  type,
  schemaVersion: 1,
  streamId,
  streamVersion: 1,
  occurredAt: '2026-03-02T09:00:00.000Z',
  recordedAt: '2026-03-02T09:00:01.000Z',
  actorId: 'demo-seed',
  correlationId: `corr-${position}`,
  causationId: null,
  globalPosition: String(position),
  data: { channel: 'call', note: '(private)' },
});

const query = (request: RecordedRequest) => Object.fromEntries(new URL(request.url, 'http://admin.test').searchParams);
const positionsShown = () =>
  within(screen.getByRole('table', { name: 'Event log' }))
    .getAllByText(/^\d+$/)
    .map((cell) => cell.textContent);

/** Answers the log like the API: six events, pages of `limit`, newest first or oldest first. */
function logOfSix(request: RecordedRequest) {
  const q = query(request);
  const all = [1, 2, 3, 4, 5, 6].map((p) =>
    event(p, p === 1 ? 'PersonRegistered' : 'InteractionLogged', p === 1 ? 'person-a' : `interaction-${p}`),
  );
  const matching = all.filter((e) => (!q.type || e.type === q.type) && (!q.streamId || e.streamId === q.streamId));
  const desc = q.order === 'desc';
  const window = (desc ? [...matching].reverse() : matching).filter((e) =>
    desc ? !q.before || Number(e.globalPosition) < Number(q.before) : Number(e.globalPosition) > Number(q.after ?? 0),
  );
  const items = window.slice(0, 4);
  const more = window.length > 4;
  return {
    status: 200,
    body: {
      items,
      nextAfter: more && !desc ? items.at(-1)!.globalPosition : null,
      nextBefore: more && desc ? items.at(-1)!.globalPosition : null,
    },
  };
}

describe('event log', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the latest events first and loads older ones on demand', async () => {
    const { requests } = stubApi(logOfSix);
    renderWithProviders(<EventLogPanel />);
    const user = userEvent.setup();

    await waitFor(() => expect(positionsShown()).toEqual(['6', '5', '4', '3']));
    expect(query(requests[0]!)).toEqual({ order: 'desc', limit: '50' });
    await user.click(screen.getByRole('button', { name: 'Load older events' }));
    await waitFor(() => expect(positionsShown()).toEqual(['6', '5', '4', '3', '2', '1']));
    expect(query(requests[1]!)).toMatchObject({ order: 'desc', before: '3' });
    expect(screen.queryByRole('button', { name: 'Load older events' })).not.toBeInTheDocument();
    expect(screen.getByText('6 events shown, back to the first')).toBeInTheDocument();
  });

  it('reads from the first event on when asked, and one type at a time', async () => {
    const { requests } = stubApi(logOfSix);
    renderWithProviders(<EventLogPanel />);
    const user = userEvent.setup();
    await waitFor(() => expect(positionsShown()).toHaveLength(4));

    await user.click(screen.getByText('Oldest first'));
    await waitFor(() => expect(positionsShown()).toEqual(['1', '2', '3', '4']));
    expect(screen.getByRole('button', { name: 'Load later events' })).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Event type' }));
    await user.click(await screen.findByRole('option', { name: 'PersonRegistered' }));
    await waitFor(() => expect(positionsShown()).toEqual(['1']));
    expect(query(requests.at(-1)!)).toMatchObject({ order: 'asc', type: 'PersonRegistered' });
  });

  it('follows one stream from a row, and opens a row to what its event recorded', async () => {
    const { requests } = stubApi(logOfSix);
    renderWithProviders(<EventLogPanel />);
    const user = userEvent.setup();
    await waitFor(() => expect(positionsShown()).toHaveLength(4));

    await user.click(screen.getByRole('button', { name: 'Show event 5' }));
    const details = screen.getByLabelText('Event 5');
    expect(details).toHaveTextContent('"note": "(private)"');
    expect(details).toHaveTextContent('corr-5');

    await user.click(screen.getByRole('button', { name: 'interaction-5' }));
    await waitFor(() => expect(positionsShown()).toEqual(['5']));
    expect(query(requests.at(-1)!)).toMatchObject({ streamId: 'interaction-5' });
    await user.click(screen.getByRole('button', { name: 'Show every stream' }));
    await waitFor(() => expect(positionsShown()).toHaveLength(4));
  });

  it('says in words when the log cannot be read, and keeps what it has when an older page fails', async () => {
    let failing = false;
    stubApi((request) =>
      failing ? { status: 503, body: { type: 'about:blank', title: 'The store does not answer', status: 503 } } : logOfSix(request),
    );
    renderWithProviders(<EventLogPanel />);
    const user = userEvent.setup();
    await waitFor(() => expect(positionsShown()).toHaveLength(4));

    failing = true;
    await user.click(screen.getByRole('button', { name: 'Load older events' }));
    expect(await screen.findByText('Older events could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('The store does not answer')).toBeInTheDocument();
    expect(positionsShown()).toEqual(['6', '5', '4', '3']);
  });

  it('says so when nothing of a kind was recorded yet', async () => {
    stubApi(() => ({ status: 200, body: { items: [], nextAfter: null, nextBefore: null } }));
    renderWithProviders(<EventLogPanel />);
    expect(await screen.findByText('No events yet')).toBeInTheDocument();
  });
});
