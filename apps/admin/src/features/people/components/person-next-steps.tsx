import { useMemo } from 'react';
import { NextStepsCard } from '../../../components/next-steps-card';
import { daysLeft, useRecommendations, useScorecard } from '../../insights';
import { useNetwork } from '../../relationships';
import { useColleaguesById } from '../../../lib/colleague-directory';
import { personNextSteps } from '../../../lib/next-steps';

const DAY = 86_400_000;

/** The person page opens with what changed over 30 days and what to do next (own page: "you"; otherwise by name). */
export function PersonNextSteps({
  personId,
  name,
  department,
  asOf,
}: {
  personId: string;
  /** The person's name, or null on their own page. */
  name: string | null;
  department: string;
  asOf: string | undefined;
}) {
  // Thirty days before, to the day, so that the query is the same on every render.
  const since = useMemo(() => new Date(Math.floor(((asOf ? Date.parse(asOf) : Date.now()) - 30 * DAY) / DAY) * DAY).toISOString(), [asOf]);
  const now = useNetwork(personId, asOf);
  const before = useNetwork(personId, since);
  const scorecard = useScorecard(personId, asOf);
  const recommendations = useRecommendations(personId, asOf);
  const awaiting = scorecard.data?.habits.thankYou.awaiting ?? [];
  const names = useColleaguesById(awaiting.map((a) => a.counterpartId));
  if (!now.data) return null;
  const best = recommendations.data?.items.find((r) => r.introduction) ?? recommendations.data?.items[0];
  const at = asOf ? Date.parse(asOf) : Date.now();
  const steps = personNextSteps({
    name,
    department,
    now: now.data,
    before: before.data ?? null,
    since,
    notesDue: asOf
      ? []
      : awaiting.map((a) => ({
          name: names.data?.get(a.counterpartId)?.displayName ?? 'a colleague',
          daysLeft: daysLeft(a.noteDueBy, at),
        })),
    recommendation: best
      ? {
          candidateName: best.candidateName,
          topShare: best.topShare,
          adds: best.adds,
          introducerName: best.introduction?.introducerName ?? null,
        }
      : null,
  });
  return <NextStepsCard steps={steps} />;
}
