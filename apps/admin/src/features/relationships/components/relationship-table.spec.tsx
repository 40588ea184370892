import { describe, expect, it, vi } from 'vitest';
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

const ownPage = { personName: 'Aiko Tanaka', viewerIsPerson: true };
const someoneElsesPage = { personName: 'Aiko Tanaka', viewerIsPerson: false };

describe('relationship table', () => {
  it('lists each tie with its tier and strength, strongest first as given', () => {
    renderWithProviders(<RelationshipTable relationships={ties} perspective={ownPage} />);
    const rows = within(screen.getByRole('table', { name: 'Relationships' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(/Fatima Kim.*Strong.*63\.4/);
    expect(rows[1]).toHaveTextContent(/Former colleague.*Inactive.*4/);
  });

  it('opens a row to explain where the strength comes from, and closes it again', async () => {
    renderWithProviders(<RelationshipTable relationships={ties} perspective={ownPage} />);
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: 'Explain the tie with Fatima Kim' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);

    const details = screen.getByLabelText('Why the tie with Fatima Kim has this strength');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(details).toHaveTextContent('Interactions 73%');
    expect(details).toHaveTextContent('2 in person, 1 video');
    expect(details).toHaveTextContent('You started 2, Fatima Kim started 1');
    expect(details).toHaveTextContent('You gave 1, Fatima Kim gave 0');
    expect(details).toHaveTextContent('You sent 1, Fatima Kim sent 0; 1 was handwritten');

    await user.click(screen.getByRole('button', { name: 'Hide the tie with Fatima Kim' }));
    expect(screen.queryByLabelText('Why the tie with Fatima Kim has this strength')).not.toBeInTheDocument();
  });

  it('names the person whose page it is when an admin reads someone else’s ties', async () => {
    renderWithProviders(<RelationshipTable relationships={ties} perspective={someoneElsesPage} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Explain the tie with Fatima Kim' }));

    const details = screen.getByLabelText('Why the tie with Fatima Kim has this strength');
    expect(details).toHaveTextContent('Aiko Tanaka started 2, Fatima Kim started 1');
    expect(details).not.toHaveTextContent(/by them|You /);
  });

  it('explains the tier and strength columns on keyboard focus', async () => {
    renderWithProviders(<RelationshipTable relationships={ties} perspective={ownPage} />);
    const user = userEvent.setup();
    const header = within(screen.getByRole('columnheader', { name: 'Strength' })).getByText('Strength');

    await user.tab();
    await user.tab();
    expect(header).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/^How strong a tie between two people is, from 0 to 100/);
    expect(header).toHaveAccessibleDescription(/How strong a tie between two people is/);
  });

  it('records help to a colleague or an introduction of them from their open row, not for a former colleague', async () => {
    const onRecord = vi.fn();
    renderWithProviders(<RelationshipTable relationships={ties} perspective={ownPage} onRecord={onRecord} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Explain the tie with Fatima Kim' }));
    await user.click(screen.getByRole('button', { name: 'Record help to Fatima Kim' }));
    await user.click(screen.getByRole('button', { name: 'Record an introduction of Fatima Kim' }));
    expect(onRecord.mock.calls).toEqual([
      ['help', ties[0]!.counterpartId],
      ['introduction', ties[0]!.counterpartId],
    ]);
    await user.click(screen.getByRole('button', { name: 'Explain the tie with Former colleague' }));
    expect(screen.queryByRole('button', { name: /Record help to Former colleague/ })).toBeNull();
  });
});
