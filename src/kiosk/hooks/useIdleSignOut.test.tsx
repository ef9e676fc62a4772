import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_WARNING_MS, useIdleSignOut } from './useIdleSignOut.ts';

describe('idle sign-out', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns before the idle time is up, signs out at the end, and any tap starts it over', () => {
    const signOut = vi.fn();
    const { result } = renderHook(() => useIdleSignOut(2, signOut));
    act(() => {
      vi.advanceTimersByTime(2 * 60_000 - IDLE_WARNING_MS - 1);
    });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(true);

    act(() => {
      document.dispatchEvent(new Event('pointerdown'));
    });
    expect(result.current).toBe(false);
    act(() => {
      vi.advanceTimersByTime(2 * 60_000 - 1);
    });
    expect(signOut).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it('holds off while paused (a running countdown), and counts afresh once the pause ends', () => {
    const signOut = vi.fn();
    const { result, rerender } = renderHook(({ paused }) => useIdleSignOut(1, signOut, paused), { initialProps: { paused: true } });
    act(() => {
      vi.advanceTimersByTime(10 * 60_000);
    });
    expect(signOut).not.toHaveBeenCalled();
    expect(result.current).toBe(false);
    rerender({ paused: false });
    act(() => {
      vi.advanceTimersByTime(60_000 - 1);
    });
    expect(signOut).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(signOut).toHaveBeenCalledTimes(1);
  });
});
