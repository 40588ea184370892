import type { ReactNode } from 'react';
import { Tooltip } from '@mantine/core';
import { metricGlossary, type GlossaryTermKey } from '@rapport/contracts';

// Hover for a mouse, focus for a keyboard, a tap for a finger: the explanation is never mouse-only.
const opensOn = { hover: true, focus: true, touch: true };

/**
 * A metric's name that explains itself: the glossary's one sentence shows on hover and on
 * keyboard focus (the term is in the tab order) and is announced as its description.
 */
export function MetricTerm({ term, children }: { term: GlossaryTermKey; children?: ReactNode }) {
  const entry = metricGlossary[term];
  return (
    <Tooltip label={entry.explanation} events={opensOn} multiline w={280} withArrow openDelay={100}>
      <span
        tabIndex={0}
        data-metric-term={term}
        className="mantine-focus-auto"
        style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help', borderRadius: 2 }}
      >
        {children ?? entry.term}
      </span>
    </Tooltip>
  );
}
