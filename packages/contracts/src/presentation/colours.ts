import { getContrast, mix } from 'color2k';

/**
 * How the app and the reports colour what they show, in one place: a department has one
 * colour on every screen, in every report and at every instant, and a score's cell has
 * the same colour and a readable text wherever it is drawn.
 */

/** Department hues: Tableau 10 (made so that neighbours stay apart), then darker hues for larger organisations. */
const departmentHues = [
  '#4E79A7',
  '#F28E2B',
  '#E15759',
  '#76B7B2',
  '#59A14F',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
  '#9C755F',
  '#BAB0AC',
  '#1F4E79',
  '#8C2D04',
  '#2E7D32',
  '#6A1B9A',
];

export const unknownDepartmentColour = '#868E96';

/**
 * A department's colour, from its place in the organisation's department list (every
 * department some person holds now, `GET /v1/org/departments`), never from who happens
 * to be on a screen: the same department gets the same colour everywhere.
 */
export function departmentColour(department: string | null | undefined, departments: readonly string[]): string {
  const index = department == null ? -1 : departments.indexOf(department);
  return index < 0 ? unknownDepartmentColour : (departmentHues[index % departmentHues.length] ?? unknownDepartmentColour);
}

/** Scores from 0 to 100 run from a pale to a deep blue; 0 is a colour, not a blank. */
const scoreStops = ['#E7F0FA', '#91A7FF', '#364FC7', '#1A2A80'] as const;
/** A cell without a value: a neutral grey, outside the blue scale, marked "no data" (or a dash) by whoever shows it. */
export const noDataColour = '#E9ECEF';
/** The bounds of the score legend's bands. */
export const scoreLegendSteps = [0, 20, 40, 60, 80, 100] as const;

/** The colour of a score from 0 to 100 (values outside are clamped). */
export function scoreColour(score: number): string {
  const t = Math.min(Math.max(score, 0), 100) / 100;
  const span = scoreStops.length - 1;
  const i = Math.min(Math.floor(t * span), span - 1);
  return mix(scoreStops[i]!, scoreStops[i + 1]!, t * span - i);
}

// Pure black: only then does every background have 4.5:1 against one of the two.
const darkText = '#000000';
const lightText = '#FFFFFF';

/** Dark or white text, whichever has the higher contrast (WCAG) on `background`. */
export function textColourOn(background: string): string {
  return getContrast(background, darkText) >= getContrast(background, lightText) ? darkText : lightText;
}
