import { isHabit } from '@rapport/contracts';
import { formatDate, formatNumber } from '../../../lib/format';
import { groupNextSteps, type NextSteps } from '../../../lib/next-steps';
import type { TeamDashboardView } from '../api/team-dashboard-schema';

/** The manager page's opening sentences, from figures already k-anonymous (withheld metrics are left out). */
export function teamNextSteps(dashboard: TeamDashboardView): NextSteps {
  if (dashboard.organisation.suppressed) return [];
  const figures = dashboard.organisation.value;
  const silo = figures.siloIndex;
  const siloSentence =
    silo === null
      ? null
      : silo < 0
        ? `Your organisation’s ties lean inward (silo index ${formatNumber(silo, 2)}): encourage meetings across departments.`
        : `Your organisation’s ties lean outward (silo index +${formatNumber(silo, 2)}), with ${figures.bridges.peopleBridging} people bridging departments.`;
  return groupNextSteps({
    member: 'person',
    since: formatDate(dashboard.baselineAt),
    metrics: figures.metrics
      .filter((m) => !m.withheld)
      .map((m) => ({
        metric: m.metric,
        label: m.label,
        baseline: m.baseline.median,
        now: m.current.median,
        isHabit: isHabit(m.metric),
      })),
    extra: siloSentence,
  });
}
