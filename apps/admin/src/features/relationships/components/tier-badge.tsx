import { Badge } from '@mantine/core';
import type { RelationshipView } from '@rapport/contracts';

type Tier = RelationshipView['tier'];

export const tierColours: Record<Tier, string> = {
  core: 'grape',
  strong: 'indigo',
  developing: 'teal',
  weak: 'yellow',
  inactive: 'gray',
};

export const tierLabels: Record<Tier, string> = {
  core: 'Core',
  strong: 'Strong',
  developing: 'Developing',
  weak: 'Weak',
  inactive: 'Inactive',
};

export function TierBadge({ tier }: { tier: Tier }) {
  return (
    <Badge color={tierColours[tier]} variant="light" radius="sm">
      {tierLabels[tier]}
    </Badge>
  );
}
