/** Distinct, colour-blind-friendlier hues (Okabe–Ito, then Tableau) for departments, in a stable order. */
const palette = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#4E79A7',
  '#59A14F',
  '#B07AA1',
  '#9C755F',
  '#76B7B2',
];

export const unknownDepartmentColour = '#A0A4A8';

/** Colours keyed by department name; the same departments always get the same colours. */
export function departmentPalette(departments: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(departments)].sort((a, b) => a.localeCompare(b));
  return new Map(sorted.map((department, index) => [department, palette[index % palette.length] ?? unknownDepartmentColour]));
}
