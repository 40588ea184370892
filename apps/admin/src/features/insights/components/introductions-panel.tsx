import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useIntroductionRequests } from '../api/introduction-requests';
import { IntroductionRequests } from './introduction-requests';

/**
 * "Introductions" on a person's page (their own, or an admin's view of it): requests
 * waiting for them as introducer, and their own requests. Only the person answers.
 */
export function IntroductionsPanel({ personId, canAnswer }: { personId: string; canAnswer: boolean }) {
  const requests = useIntroductionRequests(personId);
  return (
    <Panel
      title="Introductions"
      description={
        canAnswer
          ? 'Habit 2: warm introductions asked of you, and the ones you asked for'
          : 'Habit 2: introductions asked of this person, and the ones they asked for'
      }
    >
      <QueryState query={requests} what="Introductions">
        {(lists) => <IntroductionRequests waitingForMe={lists.waitingForMe} myRequests={lists.myRequests} canAnswer={canAnswer} />}
      </QueryState>
    </Panel>
  );
}
