import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { habitKeys } from '@rapport/contracts';
import { scoreColour, textColourOn } from '@rapport/contracts/presentation';
import { renderWithProviders } from '../../../test/render';
import type { CohortParticipantsProgress } from '../api/cohort-participants-schema';
import { HabitHeatmap } from './habit-heatmap';

const value = (current: number | null, baseline: number | null = null) => ({ baseline, current, change: null });
const progress: CohortParticipantsProgress = {
  cohortId: '00000000-0000-4000-8000-0000000000c1',
  baselineAt: '2026-03-02T00:00:00.000Z',
  asOf: '2026-05-01T00:00:00.000Z',
  items: [
    {
      personId: '00000000-0000-4000-8000-000000000001',
      displayName: 'Aiko Moreau',
      department: 'Finance',
      metrics: Object.fromEntries(habitKeys.map((k) => [k, value(k === 'feltHeard' ? null : k === 'probing' ? 72 : 0, 40)])),
    },
  ],
} as CohortParticipantsProgress;

describe('the habit heatmap', () => {
  it('draws 0 as a colour and a missing score as "no data", writes each value readably, and has a numbered legend', () => {
    renderWithProviders(<HabitHeatmap progress={progress} />);
    const probing = screen.getByRole('cell', { name: /Probing: 72 of 100 now, 40 at the cohort's start/ });
    expect(probing).toHaveTextContent('72');
    // 72 is deep blue: the value is written in white there, in black on a pale cell.
    expect(textColourOn(scoreColour(72))).toBe('#FFFFFF');
    expect(probing.style.color.toUpperCase()).toBe('#FFFFFF');
    const zero = screen.getByRole('cell', { name: /Targets reached: 0 of 100 now/ });
    expect(zero.style.background).not.toBe('');
    const missing = screen.getByRole('cell', { name: /Felt heard: no data yet \(fewer than 3 "felt heard" ratings/ });
    expect(missing).toHaveTextContent('no data');
    expect(missing.style.background).toBe('');
    const legend = screen.getByRole('list', { name: /Legend/ });
    expect(legend).toHaveTextContent('0–19');
    expect(legend).toHaveTextContent('80–100');
    expect(legend).toHaveTextContent('no data');
  });

  it('is one tab stop: the first cell takes focus and explains itself, the arrow keys move to the next', async () => {
    renderWithProviders(<HabitHeatmap progress={progress} />);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/Felt heard: no data yet/);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/Aiko Moreau, Felt heard: no data yet/);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/Targets reached: 0 of 100 now/);
    await user.tab();
    expect(document.activeElement?.closest('table')).toBeNull();
  });
});
