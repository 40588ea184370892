import { Badge, Tooltip } from '@mantine/core';
import type { SuppressionReason } from '../api/team-dashboard-schema';

export const suppressionExplained: Record<SuppressionReason, string> = {
  fewer_than_k: 'Fewer people than the anonymity threshold: no figure is shown for so few.',
  complementary: 'Hidden too, so that a hidden figure cannot be worked out from the total.',
  differencing: 'Hidden because comparing it with another view would reveal a small group.',
};

/** A figure withheld for privacy, shown as such with the reason (SPEC §2, k-anonymity). */
export function SuppressedCell({ reason, k }: { reason: SuppressionReason; k: number }) {
  return (
    <Tooltip
      label={reason === 'fewer_than_k' ? `Fewer than ${k} people: no figure is shown for so few.` : suppressionExplained[reason]}
      multiline
      w={260}
    >
      <Badge color="gray" variant="outline" radius="sm" tt="none">
        Suppressed ·{' '}
        {reason === 'fewer_than_k'
          ? `fewer than ${k} people`
          : reason === 'complementary'
            ? 'protects a hidden figure'
            : 'would reveal a small group'}
      </Badge>
    </Tooltip>
  );
}

/** A metric withheld inside a shown group: fewer than k of its people have a value for it (docs/privacy.md). */
export function WithheldMetric({ k, label }: { k: number; label?: string }) {
  return (
    <Tooltip label={`Fewer than ${k} people here have a value for this metric: no median is shown for so few.`} multiline w={260}>
      <Badge color="gray" variant="outline" radius="sm" tt="none">
        {label ? `${label}: ` : ''}Suppressed · fewer than {k} with a value
      </Badge>
    </Tooltip>
  );
}
