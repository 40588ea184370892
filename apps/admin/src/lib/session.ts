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

export function readSession(now = Date.now()): Session | null {
  const raw = globalThis.sessionStorage?.getItem(storageKey) ?? null;
  if (raw !== cached.raw) {
    const parsed = raw ? session.safeParse(safeParse(raw)) : null;
    cached = { raw, value: parsed?.success ? parsed.data : null };
  }
  const value = cached.value;
  return value && Date.parse(value.expiresAt) > now ? value : null;
}

export function signIn(value: Session): void {
  sessionStorage.setItem(storageKey, JSON.stringify(value));
  listeners.forEach((listener) => listener());
}

export function signOut(): void {
  sessionStorage.removeItem(storageKey);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, () => readSession(), () => null);
}

function safeParse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
