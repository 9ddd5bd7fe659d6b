import type { Page } from '@playwright/test';

// The page's long tasks (50 ms or more), as the browser reports them. Entries arrive a moment
// after their task, so each keeps its start time and a measurement counts only the tasks that
// started inside its own window.

type Holder = { __longTasks: [number, number][] };

/** Records every long task of the page from its next navigation on. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const holder = window as unknown as Holder;
    holder.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        holder.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: false });
  });
}

/** The page's clock now: the start of a measurement window. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The longest task that started in [from, now] (0: none), after letting pending entries arrive. */
export async function longestTaskSince(page: Page, from: number): Promise<number> {
  await page.waitForTimeout(300);
  return page.evaluate(
    (windowStart) =>
      (window as unknown as Holder).__longTasks
        .filter(([startTime]) => startTime >= windowStart)
        .reduce((longest, [, duration]) => Math.max(longest, duration), 0),
    from,
  );
}
