import { useRef, useState, type KeyboardEvent } from 'react';
import { Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { habitKeys, metricLabels, type CohortMetricKey } from '@rapport/contracts';
import { scoreColour, scoreLegendSteps, textColourOn } from '@rapport/contracts/presentation';
import type { CohortParticipantsProgress } from '../api/cohort-participants-schema';
import classes from './habit-heatmap.module.css';

/** Why a habit has no score yet (SPEC §6.5): said in the cell's tooltip. */
const noScoreBecause: Partial<Record<CohortMetricKey, string>> = {
  feltHeard: 'fewer than 3 "felt heard" ratings in the last 90 days',
  targets: 'no networking targets listed',
  theirOffice: 'no in-person one-to-one they started in the last 90 days',
  value: 'no help or introductions given or received in the last 90 days',
  probing: 'no questions asked or stories told recorded in the last 90 days',
  thankYou: 'no first meeting they started in the last 90 days',
};

const bandsOf = scoreLegendSteps
  .slice(0, -1)
  .map((low, i) => ({ low, high: (scoreLegendSteps[i + 1] ?? 100) - (i === scoreLegendSteps.length - 2 ? 0 : 1) }));

interface Cell {
  readonly person: string;
  readonly habit: CohortMetricKey;
  readonly now: number | null;
  readonly start: number | null;
}

const describe = ({ person, habit, now, start }: Cell) =>
  now === null
    ? `${person}, ${metricLabels[habit]}: no data yet (${noScoreBecause[habit] ?? 'no value'})`
    : `${person}, ${metricLabels[habit]}: ${Math.round(now)} of 100 now${start === null ? '' : `, ${Math.round(start)} at the cohort's start`}`;

/**
 * Every participant × every habit as a table coloured by the current score (0–100),
 * with a numbered legend; a cell without a score is hatched and says "no data", never
 * drawn like a 0. Every cell explains itself on hover and on keyboard focus (one tab
 * stop; the arrow keys move between cells).
 */
export function HabitHeatmap({ progress }: { progress: CohortParticipantsProgress }) {
  const rows = progress.items.map((p) =>
    habitKeys.map((habit) => ({
      person: p.displayName,
      habit,
      now: p.metrics[habit]?.current ?? null,
      start: p.metrics[habit]?.baseline ?? null,
    })),
  );
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const table = useRef<HTMLTableElement>(null);
  const move = (event: KeyboardEvent<HTMLTableElement>) => {
    const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const [dr, dc] = step[event.key] ?? [0, 0];
    if (dr === 0 && dc === 0) return;
    event.preventDefault();
    const next: [number, number] = [
      Math.min(Math.max(active[0] + dr, 0), rows.length - 1),
      Math.min(Math.max(active[1] + dc, 0), habitKeys.length - 1),
    ];
    setActive(next);
    table.current?.querySelector<HTMLElement>(`[data-cell="${next[0]}-${next[1]}"]`)?.focus();
  };
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={560}>
        <Table
          ref={table}
          className={classes.heatmap}
          aria-label="Habit scores now, 0 to 100, by participant"
          onKeyDown={move}
          withRowBorders={false}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Participant</Table.Th>
              {habitKeys.map((habit) => (
                <Table.Th key={habit} scope="col" ta="center">
                  {metricLabels[habit]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((cells, r) => (
              <Table.Tr key={progress.items[r]!.personId}>
                <Table.Th scope="row" fw={500}>
                  {cells[0]?.person}
                </Table.Th>
                {cells.map((cell, c) => {
                  const background = cell.now === null ? undefined : scoreColour(cell.now);
                  return (
                    <Tooltip
                      key={cell.habit}
                      label={describe(cell)}
                      events={{ hover: true, focus: true, touch: true }}
                      withArrow
                      openDelay={100}
                    >
                      <Table.Td
                        data-cell={`${r}-${c}`}
                        tabIndex={active[0] === r && active[1] === c ? 0 : -1}
                        onFocus={() => setActive([r, c])}
                        aria-label={describe(cell)}
                        className={cell.now === null ? classes.noData : classes.score}
                        style={background === undefined ? undefined : { background, color: textColourOn(background) }}
                      >
                        {cell.now === null ? 'no data' : Math.round(cell.now)}
                      </Table.Td>
                    </Tooltip>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap={4} aria-label="Legend: score bands from 0 to 100, and cells without data" role="list">
        {bandsOf.map(({ low, high }) => {
          const background = scoreColour((low + high) / 2);
          return (
            <span key={low} role="listitem" className={classes.swatch} style={{ background, color: textColourOn(background) }}>
              {low}–{high}
            </span>
          );
        })}
        <span role="listitem" className={`${classes.swatch} ${classes.noData}`}>
          no data
        </span>
        <Text size="xs" c="dimmed" ml="xs">
          Hover over or focus a cell (arrow keys move) for the participant's score at the start.
        </Text>
      </Group>
    </Stack>
  );
}
