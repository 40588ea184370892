import type { RapportEvent } from '@rapport/contracts';

export interface CohortState {
  readonly exists: boolean;
  readonly programId: string | null;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly goals: readonly string[];
  readonly participants: ReadonlySet<string>;
}

export const noCohort: CohortState = {
  exists: false,
  programId: null,
  name: '',
  startsOn: '',
  endsOn: '',
  goals: [],
  participants: new Set(),
};

/** Folds one event of a cohort stream into its state. */
export function evolveCohort(state: CohortState, event: RapportEvent): CohortState {
  switch (event.type) {
    case 'CohortCreated':
      return { ...event.data, exists: true, participants: new Set() };
    case 'CohortUpdated': {
      const { cohortId: _id, ...changed } = event.data;
      return { ...state, ...Object.fromEntries(Object.entries(changed).filter(([, v]) => v !== undefined)) };
    }
    case 'ParticipantEnrolled':
      return { ...state, participants: new Set([...state.participants, event.data.personId]) };
    case 'ParticipantWithdrawn':
      return { ...state, participants: new Set([...state.participants].filter((p) => p !== event.data.personId)) };
    default:
      return state;
  }
}

export const cohortStateOf = (events: readonly RapportEvent[]): CohortState => events.reduce(evolveCohort, noCohort);
