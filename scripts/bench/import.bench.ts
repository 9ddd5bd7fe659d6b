// Browser benchmark of importing a large export (issue 13.7): a generated ~30 MB file of one
// conversation with 150 turns of long Markdown replies, imported through the page's file input.
// Prints the longest main-thread gap (long task) from choosing the file until the import is
// reported: {"bench":"import","metric":"import_longest_gap_ms",...}. Goal: <= 200 ms.
import { chromium } from '@playwright/test';
import { longestTaskSince, observeLongTasks, pageNow } from './long-tasks';
import { serveBuiltApp } from './serve-built-app';

const port = Number(process.env.BENCH_IMPORT_PORT ?? 4179);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function report(metric: string, value: number, unit: string): void {
  console.log(
    JSON.stringify({ bench: 'import', metric, value: Math.round(value * 10) / 10, unit }),
  );
}

/** One conversation, 150 turns, each reply about 195,000 characters of Markdown. */
function largeExport(): string {
  const paragraph =
    '## Options\n\n- **fox pasta bar**: Italian, centre, `moderate`\n- *golden curry*: Indian, east\n\n' +
    'A long paragraph about trains to Ely, hotels in the north and where to eat on Friday. ';
  const reply = paragraph.repeat(Math.floor(195_000 / paragraph.length));
  const turns = Array.from({ length: 150 }, (_, index) => ({
    id: `turn-${index}`,
    user: `question ${index}`,
    steps: [],
    reply,
    status: 'complete',
    startedAt: 1_700_000_000_000 + index * 1_000,
    endedAt: 1_700_000_000_500 + index * 1_000,
  }));
  return JSON.stringify({
    format: 'coalm-web-export',
    version: 1,
    exportedAt: new Date(1_700_000_200_000).toISOString(),
    conversations: [
      {
        id: 'large',
        title: 'A very long conversation',
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_150_000,
        profile: 'cra-exact',
        turns,
      },
    ],
    bookings: [],
  });
}

const served = await serveBuiltApp(port);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const text = largeExport();
  report('import_file_mb', text.length / 1_000_000, 'MB');
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await observeLongTasks(page);
  await page.goto(served.origin);
  await page.getByLabel('Message', { exact: true }).waitFor();
  // The file is built inside the page and handed to the input there: Playwright's own
  // setInputFiles decodes a 30 MB buffer on the page's main thread, which is not the app's gap.
  await page.evaluate((body) => {
    (window as unknown as { __importFile: File }).__importFile = new File(
      [body],
      'large-export.json',
      { type: 'application/json' },
    );
  }, text);
  const from = await pageNow(page);
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as { __importFile: File }).__importFile);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page
    .getByText(/Imported 1 conversation/)
    .first()
    .waitFor({ timeout: 120_000 });
  const importMs = (await page.evaluate(() => performance.now())) - from;
  const longest = await longestTaskSince(page, from);
  report('import_ms', importMs, 'ms');
  report('import_longest_gap_ms', longest, 'ms');
  await context.close();
} finally {
  await browser.close();
  await served.close();
}
