import { useSyncExternalStore } from 'react';
import { role } from '@rapport/contracts';
import { z } from 'zod';

/** Who is signed in. Kept in sessionStorage: a tab's sign-in ends with the tab. */
export const session = z.object({
  token: z.string().min(1),
  role,
  personId: z.uuid().nullable(),
  displayName: z.string(),
  expiresAt: z.string(),
});
export type Session = z.infer<typeof session>;

const storageKey = 'rapport.session';
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: Session | null } = { raw: null, value: null };
let expiryTimer: ReturnType<typeof setTimeout> | undefined;

// setTimeout fires at once past 2^31-1 ms (about 24.8 days): longer sessions wait in steps.
const longestWait = 2 ** 31 - 1;

export function readSession(now = Date.now()): Session | null {
  const raw = globalThis.sessionStorage?.getItem(storageKey) ?? null;
  if (raw !== cached.raw) {
    const parsed = raw ? session.safeParse(safeParse(raw)) : null;
    cached = { raw, value: parsed?.success ? parsed.data : null };
    endAtExpiry(cached.value);
  }
  const value = cached.value;
  return value && Date.parse(value.expiresAt) > now ? value : null;
}

export function signIn(value: Session): void {
  sessionStorage.setItem(storageKey, JSON.stringify(value));
  notify();
}

export function signOut(): void {
  sessionStorage.removeItem(storageKey);
  notify();
}

function notify(): void {
  readSession();
  listeners.forEach((listener) => listener());
}

/**
 * The session ends when its token expires, without waiting for a refused call: the
 * stored session is removed and whoever watches it (the signed-in screens) is told.
 */
function endAtExpiry(value: Session | null): void {
  clearTimeout(expiryTimer);
  expiryTimer = undefined;
  if (!value) return;
  const wait = Date.parse(value.expiresAt) - Date.now();
  if (Number.isNaN(wait)) return;
  expiryTimer = setTimeout(
    () => {
      if (Date.parse(value.expiresAt) <= Date.now()) signOut();
      else endAtExpiry(value);
    },
    Math.min(Math.max(wait, 0), longestWait),
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    subscribe,
    () => readSession(),
    () => null,
  );
}

function safeParse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
