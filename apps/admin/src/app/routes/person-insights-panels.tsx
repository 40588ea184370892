import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { EmptyState } from '../../components/empty-state';
import { useRecommendations } from '../../features/insights/api/get-recommendations';
import { useScorecard } from '../../features/insights/api/get-scorecard';
import { HabitScorecard } from '../../features/insights/components/habit-scorecard';
import { RecommendationList } from '../../features/insights/components/recommendation-list';

export function InsightsPanels({ personId, asOf, nameOf }: { personId: string; asOf: string | undefined; nameOf: (personId: string) => string | null }) {
  const scorecard = useScorecard(personId, asOf);
  const recommendations = useRecommendations(personId, asOf);
  return (
    <>
      <Panel title="Habit scorecard" description="The last 90 days, each habit 0–100">
        <QueryState query={scorecard} what="Habit scorecard" isEmpty={(s) => Object.keys(s.habits).length === 0}>
          {(s) => <HabitScorecard scorecard={s} />}
        </QueryState>
      </Panel>
      <Panel title="Who to meet next" description="Recommendations with the warmest introduction path">
        <QueryState
          query={recommendations}
          what="Recommendations"
          isEmpty={(list) => list.length === 0}
          empty={<EmptyState title="No recommendations right now">Your network already reaches the people we would suggest.</EmptyState>}
        >
          {(list) => <RecommendationList recommendations={list.slice(0, 5)} nameOf={nameOf} />}
        </QueryState>
      </Panel>
    </>
  );
}
