import type { ReactNode } from 'react';
import { Box } from '@mantine/core';
import { useDepartmentColours, type DepartmentColourOf } from './department-colours';

/**
 * Draws a network picture once the department colours have arrived, so that it is drawn
 * once, in its final colours; until then, an empty box of the picture's height.
 */
export function WithDepartmentColours({ height, children }: { height: number; children: (colourOf: DepartmentColourOf) => ReactNode }) {
  const colourOf = useDepartmentColours();
  return colourOf ? children(colourOf) : <Box h={height} aria-busy="true" />;
}
