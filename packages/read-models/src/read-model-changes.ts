import type { RapportEvent } from '@rapport/contracts';
import { helpContribution, introductionContributions, thankYouContribution, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { PeopleChanges } from './people.projection';
import { plainTextOnly, type PersonalDataAccess } from './personal-text';
import { contributionGroups, insertContributions, type ContributionGroup } from './relationships.projection';
import { isInteractionChange, replaceInteractions, type InteractionChange } from './signals/interactions.projection';
import { SignalChanges } from './signals/signals.projection';
import { IntroductionRequestChanges } from './signals/introduction-requests.projection';
import { FeedbackDismissalChanges } from './signals/feedback-dismissals.projection';
import { CohortChanges } from './cohorts/cohorts.projection';
import { SnapshotInvalidation } from './snapshots/snapshot-invalidation';
import type { ProjectOptions } from './project-events';

/**
 * One batch's changes to every read model, sorted by table in one pass over the
 * events, then written with one multi-row statement per table (a few where order
 * matters: see PeopleChanges). The rows are the same as applying the events one at a
 * time in batch order, whatever the batch's size.
 */
export class ReadModelChanges {
  private readonly people = new PeopleChanges();
  private readonly signals = new SignalChanges(this.people);
  private readonly introductionRequests = new IntroductionRequestChanges();
  private readonly feedbackDismissals = new FeedbackDismissalChanges(this.people);
  private readonly cohorts = new CohortChanges();
  private readonly snapshots = new SnapshotInvalidation();
  /** Help, introductions and notes; interactions add theirs once their rows have changed. */
  private readonly contributions: ContributionGroup[] = [];
  private readonly interactions: InteractionChange[] = [];
  /** Registrations, profile updates and introduction requests carry personal text a read model shows. */
  private readonly personalText: RapportEvent[] = [];

  constructor(
    events: readonly RapportEvent[],
    private readonly p: StrengthParameters,
    private readonly options: ProjectOptions = {},
  ) {
    for (const event of events) this.add(event);
  }

  async write(tx: SqlExecutor, personal: PersonalDataAccess): Promise<void> {
    const withText = [...this.personalText, ...this.introductionRequests.withNotes];
    const opener = await (withText.length > 0 ? personal : plainTextOnly).openerFor(tx, withText);
    await this.people.write(tx, opener, personal.kept);
    await this.signals.write(tx);
    await this.introductionRequests.write(tx, opener);
    await this.feedbackDismissals.write(tx);
    await this.cohorts.write(tx);
    const replaced = await replaceInteractions(tx, this.interactions, this.p);
    await insertContributions(tx, [...replaced.groups, ...this.contributions], this.p, !this.options.pairSumsAfterFill);
    // Last: the versions it raises are rows every batch shares (the organisation head's
    // subtree), locked from here to the commit, so concurrent batches wait for each other
    // only as long as a commit takes.
    if (this.options.figuresKept !== false) await this.snapshots.write(tx, replaced.previousForms);
  }

  private add(event: RapportEvent): void {
    this.snapshots.add(event);
    const meta = { streamVersion: event.streamVersion, occurredAt: event.occurredAt };
    switch (event.type) {
      case 'PersonRegistered':
        this.people.registered(event.data, meta);
        this.personalText.push(event);
        return;
      case 'PersonProfileUpdated':
        this.people.profileUpdated(event.data, meta);
        this.personalText.push(event);
        return;
      case 'PersonErased':
        return this.people.erased(event.data.personId, meta);
      case 'IntroductionRequested':
      case 'IntroductionRequestAnswered':
        return this.introductionRequests.add(event);
      case 'FeedbackRequestDismissed':
        return this.feedbackDismissals.add(event);
      case 'HelpGiven':
        this.contributions.push(...contributionGroups(helpContribution(event.eventId, event.data, this.p)));
        return this.signals.add(event);
      case 'IntroductionMade':
        this.contributions.push(...contributionGroups(introductionContributions(event.eventId, event.data, this.p)));
        return this.signals.add(event);
      case 'ThankYouNoteSent':
        this.contributions.push(...contributionGroups(thankYouContribution(event.eventId, event.data, this.p)));
        return this.signals.add(event);
      default:
        if (isInteractionChange(event)) this.interactions.push(event);
        this.signals.add(event);
        this.cohorts.add(event);
    }
  }
}
