import { Divider } from '@mantine/core';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { EmptyState } from '../../../components/empty-state';
import { useFeedbackRequests } from '../api/feedback-requests';
import { useRecommendations } from '../api/get-recommendations';
import { useScorecard } from '../api/get-scorecard';
import { FeedbackRequests } from './feedback-requests';
import { HabitScorecard } from './habit-scorecard';
import { RecommendationList } from './recommendation-list';
import { ThankYouDue } from './thank-you-due';
import { NetworkingTargets } from './networking-targets';
import { useChangeTarget } from '../api/networking-targets';
import { useIntroductionRequests } from '../api/introduction-requests';

/** "Did you feel heard?" on the person's own page, while someone else's interactions wait for their answer. */
export function FeedbackRequestsPanel({ personId }: { personId: string }) {
  const requests = useFeedbackRequests(personId, true);
  if (!requests.data || requests.data.items.length === 0) return null;
  return (
    <Panel
      title="Did you feel heard?"
      description={`Interactions others recorded with you in the last ${requests.data.withinDays} days: your answer counts toward their habit 1`}
    >
      <FeedbackRequests personId={personId} requests={requests.data.items} />
    </Panel>
  );
}

export function InsightsPanels({ personId, asOf, canRecord }: { personId: string; asOf: string | undefined; canRecord: boolean }) {
  const scorecard = useScorecard(personId, asOf);
  const recommendations = useRecommendations(personId, asOf);
  const change = useChangeTarget(personId);
  const targetIds = new Set(scorecard.data?.habits.targets.list.map((t) => t.targetId) ?? []);
  const canAct = canRecord && asOf === undefined;
  // Introductions already asked for and still waiting: their cards say so instead of asking again.
  const introductions = useIntroductionRequests(personId, canAct);
  const asked = new Set(
    (introductions.data?.myRequests ?? []).filter((r) => r.status === 'open').map((r) => `${r.introducerId} ${r.targetId}`),
  );
  return (
    <>
      <Panel
        title="Habit scorecard"
        description={
          scorecard.data
            ? `The last ${scorecard.data.window.days} days, each habit 0–100 (— = not enough to judge yet)`
            : 'Each habit 0–100'
        }
      >
        <QueryState query={scorecard} what="Habit scorecard">
          {(s) => (
            <>
              <HabitScorecard scorecard={s} />
              <Divider my="sm" label="Networking targets" labelPosition="left" />
              <NetworkingTargets personId={personId} targets={s.habits.targets} canEdit={canRecord && asOf === undefined} />
              <Divider my="sm" label="Thank-you notes due" labelPosition="left" />
              <ThankYouDue personId={personId} thankYou={s.habits.thankYou} canRecord={canRecord && asOf === undefined} />
            </>
          )}
        </QueryState>
      </Panel>
      <Panel title="Who to meet next" description="Recommendations with the warmest introduction path">
        <QueryState
          query={recommendations}
          what="Recommendations"
          isEmpty={(list) => list.items.length === 0}
          empty={<EmptyState title="No recommendations right now">Your network already reaches the people we would suggest.</EmptyState>}
        >
          {(list) => (
            <RecommendationList
              recommendations={list.items}
              {...(canRecord && asOf === undefined
                ? {
                    targets: {
                      isTarget: (id: string) => targetIds.has(id),
                      add: (id: string) => change.mutate({ targetId: id, change: 'add' }),
                    },
                    introductions: {
                      requesterId: personId,
                      asked: (introducerId: string, targetId: string) => asked.has(`${introducerId} ${targetId}`),
                    },
                  }
                : {})}
            />
          )}
        </QueryState>
      </Panel>
    </>
  );
}
