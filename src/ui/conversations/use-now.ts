import { useEffect, useState } from 'react';

/**
 * The time now, refreshed every `intervalMs`, so that labels such as "Today" move on at
 * midnight in a tab left open. Read once per render from state: rendering stays pure.
 */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
