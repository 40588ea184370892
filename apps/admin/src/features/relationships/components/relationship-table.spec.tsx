import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RelationshipView } from '@rapport/contracts';
import { renderWithProviders } from '../../../test/render';
import { RelationshipTable } from './relationship-table';

const explanation = (overrides: Partial<RelationshipView['explanation']> = {}): RelationshipView['explanation'] => ({
  interactionCount: 3,
  lastContact: '2026-10-22T09:00:00Z',
  channelMix: { in_person: 2, video: 1 },
  averageDepth: 1.5,
  reciprocity: { value: 0.8, initiatedByPerson: 2, initiatedByCounterpart: 1 },
  valueExchanged: { helpGiven: 1, helpReceived: 0, introductions: 0 },
  notesSent: { byPerson: 1, byCounterpart: 0, handwritten: 1 },
  intensity: 2.25,
  factorPoints: { interaction: 24, help: 6, introduction: 0, thank_you: 3, reciprocity: 0 },
  factorShares: { interaction: 0.73, help: 0.18, introduction: 0, thank_you: 0.09, reciprocity: 0 },
  ...overrides,
});

const ties: RelationshipView[] = [
  {
    counterpartId: '0190d8c4-0000-7000-8000-000000000002',
    counterpartName: 'Fatima Kim',
    strength: 63.4,
    tier: 'strong',
    explanation: explanation(),
  },
  {
    counterpartId: '0190d8c4-0000-7000-8000-000000000003',
    counterpartName: null,
    strength: 4,
    tier: 'inactive',
    explanation: explanation({ interactionCount: 1 }),
  },
];

describe('relationship table', () => {
  it('lists each tie with its tier and strength, strongest first as given', () => {
    renderWithProviders(<RelationshipTable relationships={ties} />);
    const rows = within(screen.getByRole('table', { name: 'Relationships' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(/Fatima Kim.*Strong.*63\.4/);
    expect(rows[1]).toHaveTextContent(/Former colleague.*Inactive.*4/);
  });

  it('opens a row to explain where the strength comes from, and closes it again', async () => {
    renderWithProviders(<RelationshipTable relationships={ties} />);
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: 'Explain the tie with Fatima Kim' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);

    const details = screen.getByLabelText('Why the tie with Fatima Kim has this strength');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(details).toHaveTextContent('Interactions 73%');
    expect(details).toHaveTextContent('2 in person, 1 video');
    expect(details).toHaveTextContent('2 by them, 1 by Fatima Kim');
    expect(details).toHaveTextContent('1 sent, 0 received, 1 handwritten');

    await user.click(screen.getByRole('button', { name: 'Hide the tie with Fatima Kim' }));
    expect(screen.queryByLabelText('Why the tie with Fatima Kim has this strength')).not.toBeInTheDocument();
  });
});
