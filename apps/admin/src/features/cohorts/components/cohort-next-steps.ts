import { formatDate } from '../../../lib/format';
import { groupNextSteps, type NextSteps } from '../../../lib/next-steps';
import type { CohortProgressView } from '../api/cohort-summary-schema';

/** The cohort page's opening sentences: the median change since the start, the weakest habit, and the cohort's own ties. */
export function cohortNextSteps(progress: CohortProgressView): NextSteps {
  const { participants, ties } = progress.internalNetwork;
  const ownTies =
    participants >= 2 && ties < participants
      ? `Participants have ${ties} active ${ties === 1 ? 'tie' : 'ties'} among themselves: pair those who have not met for a coffee.`
      : null;
  return groupNextSteps({
    member: 'participant',
    since: `the cohort started on ${formatDate(progress.baselineAt)}`,
    metrics: progress.metrics.map((m) => ({
      metric: m.metric,
      label: m.label,
      baseline: m.baseline.median,
      now: m.current.median,
      isHabit: m.kind === 'habit',
    })),
    extra: ownTies,
  });
}
