import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { readSession, signIn, signOut, useSession, type Session } from './session';

const start = Date.parse('2030-01-01T09:00:00Z');
const sessionUntil = (ms: number): Session => ({
  token: 'a-token',
  role: 'participant',
  personId: '0190d8c4-0000-7000-8000-000000000001',
  displayName: 'Ana Ortiz',
  expiresAt: new Date(start + ms).toISOString(),
});

describe('session', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: start });
  });
  afterEach(() => {
    signOut();
    vi.useRealTimers();
  });

  it('ends by itself when its token expires, telling the screens that watch it', () => {
    const { result } = renderHook(() => useSession());
    act(() => signIn(sessionUntil(60_000)));
    expect(result.current?.displayName).toBe('Ana Ortiz');

    act(() => vi.advanceTimersByTime(59_000));
    expect(result.current).not.toBeNull();
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current).toBeNull();
    expect(sessionStorage.getItem('rapport.session')).toBeNull();
  });

  it('ends a session restored from the tab’s storage at its expiry too', () => {
    sessionStorage.setItem('rapport.session', JSON.stringify(sessionUntil(30_000)));
    const { result } = renderHook(() => useSession());
    expect(result.current).not.toBeNull();
    act(() => vi.advanceTimersByTime(30_000));
    expect(result.current).toBeNull();
  });

  it('waits in steps for a session longer than a timer can wait', () => {
    const month = 31 * 86_400_000;
    act(() => signIn(sessionUntil(month)));
    act(() => vi.advanceTimersByTime(month - 1_000));
    expect(readSession()).not.toBeNull();
    act(() => vi.advanceTimersByTime(1_000));
    expect(readSession()).toBeNull();
    expect(sessionStorage.getItem('rapport.session')).toBeNull();
  });

  it('ignores a stored session that is not one', () => {
    sessionStorage.setItem('rapport.session', '{"token":""}');
    expect(readSession()).toBeNull();
  });
});
