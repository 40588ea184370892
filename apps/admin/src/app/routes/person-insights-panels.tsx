import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { EmptyState } from '../../components/empty-state';
import { useRecommendations } from '../../features/insights/api/get-recommendations';
import { useScorecard } from '../../features/insights/api/get-scorecard';
import { HabitScorecard } from '../../features/insights/components/habit-scorecard';
import { RecommendationList } from '../../features/insights/components/recommendation-list';

export function InsightsPanels({ personId, asOf }: { personId: string; asOf: string | undefined }) {
  const scorecard = useScorecard(personId, asOf);
  const recommendations = useRecommendations(personId, asOf);
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
          {(s) => <HabitScorecard scorecard={s} />}
        </QueryState>
      </Panel>
      <Panel title="Who to meet next" description="Recommendations with the warmest introduction path">
        <QueryState
          query={recommendations}
          what="Recommendations"
          isEmpty={(list) => list.items.length === 0}
          empty={<EmptyState title="No recommendations right now">Your network already reaches the people we would suggest.</EmptyState>}
        >
          {(list) => <RecommendationList recommendations={list.items} />}
        </QueryState>
      </Panel>
    </>
  );
}
