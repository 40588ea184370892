import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, stubApi } from '../../../test/render';
import { colleague, directoryAnswer } from '../../../test/colleague-directory-stub';
import { NetworkingTargets } from './networking-targets';
import { RecommendationList } from './recommendation-list';

const me = '0190d8c4-0000-7000-8000-000000000001';
const aiko = colleague('0190d8c4-0000-7000-8000-000000000002', 'Aiko Moreau');
const bruno = colleague('0190d8c4-0000-7000-8000-000000000003', 'Bruno Rossi');
const done = { status: 201, body: { streamId: `person-${me}`, streamVersion: 3, eventIds: [me] } };

describe('networking targets (habit 2)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each target’s tie moving toward 30, and takes one off the list', async () => {
    const { requests } = stubApi((r) => directoryAnswer(r.url, [aiko, bruno]) ?? done);
    renderWithProviders(
      <NetworkingTargets
        personId={me}
        canEdit
        targets={{
          score: 50,
          targets: 2,
          reached: 1,
          threshold: 30,
          list: [
            { targetId: bruno.personId, strength: 41.2 },
            { targetId: aiko.personId, strength: 12 },
          ],
        }}
      />,
    );
    const list = await screen.findByRole('list', { name: 'Networking targets' });
    await waitFor(() => expect(list).toHaveTextContent('Bruno Rossi: reached (tie 41.2)'));
    expect(list).toHaveTextContent('Aiko Moreau: tie 12 of 30');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Take Aiko Moreau off the targets' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE')).toBe(true));
    expect(requests.find((r) => r.method === 'DELETE')!.url).toBe(`/v1/people/${me}/targets/${aiko.personId}`);
  });

  it('adds a recommended person as a target from their card, and marks one already on the list', async () => {
    const add = vi.fn();
    const recommendation = (id: string, name: string) => ({
      candidateId: id,
      candidateName: name,
      score: 0.5,
      pageRankPercentile: 90,
      topShare: 10,
      diversityGain: 0.1,
      introFactor: 0.3,
      adds: [],
      introduction: null,
      sentence: 'top 10% well-networked; adds no new department, function, location or expertise; no mutual connection: reach out directly',
    });
    renderWithProviders(
      <RecommendationList
        recommendations={[recommendation(aiko.personId, 'Aiko Moreau'), recommendation(bruno.personId, 'Bruno Rossi')]}
        targets={{ isTarget: (id) => id === bruno.personId, add }}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Add as a target: Aiko Moreau' }));
    expect(add).toHaveBeenCalledWith(aiko.personId);
    expect(screen.queryByRole('button', { name: 'Add as a target: Bruno Rossi' })).toBeNull();
    expect(screen.getByText('a target')).toBeInTheDocument();
  });
});
