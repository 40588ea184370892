import type { PersonalText, RapportEvent } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';

/** Opens personal text for projections; an erased person's text opens as null. */
export interface PersonalTextOpener {
  open(value: PersonalText | undefined | null): string | null;
}

/** How projections reach personal data: the keys live in the same database, wrapped. */
export interface PersonalDataAccess {
  openerFor(tx: SqlExecutor, events: readonly RapportEvent[]): Promise<PersonalTextOpener>;
}

/** Without keys only plain (version-1) text can be read; sealed text stays closed. */
export const plainTextOnly: PersonalDataAccess = {
  openerFor: async () => ({ open: (value) => (typeof value === 'string' ? value : null) }),
};

/** What an erased person is called in every read model, export and response. */
export const ERASED_PERSON_NAME = 'Erased person';
export const erasedEmail = (personId: string): string => `erased-${personId}@erased.invalid`;
