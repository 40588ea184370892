import { firstSealedVersion, personalFields, type EventWithPersonalData } from '@rapport/contracts';
import type { NewEvent, StreamAppend, UnitOfWork } from '@rapport/event-store';
import type { SealedPersonalData } from '@rapport/personal-data';

const hasPersonalData = (type: string): type is EventWithPersonalData => Object.hasOwn(personalFields, type);

/** Written in a version that cannot hold sealed text: a decider's mistake, never rewritten into another version. */
export class UnsealableVersionError extends Error {
  constructor(event: NewEvent & { type: EventWithPersonalData }) {
    super(`${event.type} v${event.schemaVersion} cannot hold sealed personal text: decide v${firstSealedVersion(event.type)} or later`);
    this.name = 'UnsealableVersionError';
  }
}

/** Whose key seals an event's personal text: the person it is about, or who wrote it. */
async function ownerOf(event: NewEvent, streamId: string, uow: UnitOfWork): Promise<string> {
  const data = event.data as Record<string, unknown>;
  switch (event.type as EventWithPersonalData) {
    case 'PersonRegistered':
    case 'PersonProfileUpdated':
      return String(data.personId);
    case 'InteractionLogged':
    case 'InteractionCorrected':
      return String(data.authorId);
    case 'InteractionDisputed':
      return String(data.counterpartId);
    case 'IntroductionRequested':
      return String(data.requesterId);
    case 'InteractionRetracted': {
      // Whoever recorded the interaction: its author from version 3 on, its initiator before.
      const [logged] = await uow.readStream(streamId);
      const recorded = logged?.data as Record<string, unknown> | undefined;
      return String(recorded?.authorId ?? recorded?.initiatorId);
    }
  }
}

/** The object holding a personal field (`changes.email` → data.changes) and the field's name. */
function locate(data: unknown, path: string): { parent: Record<string, unknown> | undefined; leaf: string } {
  const keys = path.split('.');
  let parent = data as Record<string, unknown> | undefined;
  for (const key of keys.slice(0, -1)) parent = parent?.[key] as Record<string, unknown> | undefined;
  return { parent, leaf: keys.at(-1)! };
}

const carriesText = (data: unknown, paths: readonly string[]): boolean =>
  paths.some((path) => {
    const { parent, leaf } = locate(data, path);
    return typeof parent?.[leaf] === 'string';
  });

function sealPaths(data: unknown, paths: readonly string[], sealText: (text: string) => unknown): unknown {
  // Most events carry no personal text at all (an interaction without a note): nothing to copy.
  if (!carriesText(data, paths)) return data;
  const copy = structuredClone(data);
  for (const path of paths) {
    const { parent, leaf } = locate(copy, path);
    const value = parent?.[leaf];
    if (parent && typeof value === 'string') parent[leaf] = sealText(value);
  }
  return copy;
}

/**
 * Seals the personal text of every event about to be appended (names, emails, private
 * notes, reasons) with its owner's data key, in the same transaction. Each event keeps
 * the version its decider chose; one in a version that cannot hold sealed text (v1) is
 * refused, not rewritten. Nothing personal reaches the store or Kafka in clear.
 */
export async function sealPersonalData(
  uow: UnitOfWork,
  personalData: SealedPersonalData,
  appends: readonly StreamAppend[],
): Promise<StreamAppend[]> {
  const owners = new Map<NewEvent, string>();
  const sealing = new Set<string>();
  for (const append of appends) {
    for (const event of append.events) {
      if (!hasPersonalData(event.type)) continue;
      if (event.schemaVersion < firstSealedVersion(event.type)) throw new UnsealableVersionError({ ...event, type: event.type });
      const owner = await ownerOf(event, append.streamId, uow);
      owners.set(event, owner);
      if (carriesText(event.data, personalFields[event.type])) sealing.add(owner);
    }
  }
  if (owners.size === 0) return [...appends];
  // Every owner's key is made sure of (an erased owner is refused), but only the keys that
  // seal something are read and unwrapped: most interactions carry no note.
  const seal = await personalData.sealer(uow.tx, [...new Set(owners.values())], [...sealing]);
  return appends.map((append) => ({
    ...append,
    events: append.events.map((event) => {
      const owner = owners.get(event);
      if (!owner) return event;
      const paths = personalFields[event.type as EventWithPersonalData];
      return { ...event, data: sealPaths(event.data, paths, (text) => seal(owner, text)) };
    }),
  }));
}

/** A unit of work whose appends are sealed first: every command handler gets one. */
export function sealingUnitOfWork(uow: UnitOfWork, personalData: SealedPersonalData): UnitOfWork {
  return {
    tx: uow.tx,
    append: async (appends) => uow.append(await sealPersonalData(uow, personalData, appends)),
    readStream: (streamId) => uow.readStream(streamId),
    streamVersions: (streamIds) => uow.streamVersions(streamIds),
  };
}
