// Browser benchmark of the app: start-up, initial JavaScript, streaming smoothness and storage
// at scale. Builds the app and serves it in this process (serve-built-app.ts), drives the system
// Chromium, and prints one JSON line per figure: {"bench":"app","metric","value","unit"}.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { llama3TokenCounter } from '../../src/adapters/llama3-tokenizer/llama3-token-counter';
import { measureLargeConversations } from './app-bench-large';
import { seedConversations } from './app-bench-seed';
import { longestTaskSince, observeLongTasks, pageNow } from './long-tasks';
import { serveBuiltApp } from './serve-built-app';

// BENCH_PORT lets two benchmarks run side by side on one machine.
const port = Number(process.env.BENCH_PORT ?? 4178);
const origin = `http://127.0.0.1:${port}`;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const streamTokens = 5_000;
// The scripted model streams chunks of about 4 characters, one "token" each, and a call ends at
// the prompt layer's output limit; the stream is therefore spread over several replies.
const tokensPerReply = 320;

function report(metric: string, value: number, unit: string): void {
  console.log(JSON.stringify({ bench: 'app', metric, value: Math.round(value * 10) / 10, unit }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Milliseconds from navigation start until the message box accepts input. */
async function waitUntilReady(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const box = document.getElementById('message-input') as HTMLTextAreaElement | null;
      return box && !box.disabled ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function measureColdLoads(browser: Browser): Promise<void> {
  const readyTimes: number[] = [];
  let initialJsGzipBytes = 0;
  for (let run = 0; run < 5; run += 1) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts = new Set<string>();
    let ready = false;
    page.on('request', (request) => {
      if (!ready && request.resourceType() === 'script')
        scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(origin);
    readyTimes.push(await waitUntilReady(page));
    ready = true;
    initialJsGzipBytes = [...scripts].reduce((total, path) => {
      const file = `dist${path}`;
      return existsSync(file) ? total + gzipSync(readFileSync(file)).length : total;
    }, 0);
    await context.close();
  }
  report('ready_ms', median(readyTimes), 'ms');
  report('initial_js_gzip_kb', initialJsGzipBytes / 1024, 'kB');
}

async function openScripted(page: Page, outputs: string[]): Promise<void> {
  await page.route('**/bench-scripts/stream.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ outputs, tokenDelayMs: 0 }),
    }),
  );
  await observeLongTasks(page);
  await page.goto(
    `${origin}/?engine=scripted&script=${encodeURIComponent('/bench-scripts/stream.json')}`,
  );
  await waitUntilReady(page);
  await page
    .getByText('Scripted replies')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => {});
}

async function sendAndWait(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Message', { exact: true });
  await box.fill(text);
  await box.press('Enter');
  await page.getByRole('button', { name: 'Stop' }).waitFor({ state: 'detached', timeout: 60_000 });
  await page.getByRole('button', { name: 'Send' }).waitFor({ timeout: 60_000 });
}

/** The text of the newest reply as the page renders it: its Markdown, without buttons in it. */
async function lastRenderedReply(page: Page): Promise<string> {
  const markdown = page.locator('article.turn').last().locator('.reply .markdown');
  // innerText leaves out what is not displayed, so the Copy buttons are hidden while it reads.
  return markdown.evaluate((element) => {
    const buttons = Array.from(element.querySelectorAll('button'));
    for (const button of buttons) button.style.display = 'none';
    const text = (element as HTMLElement).innerText;
    for (const button of buttons) button.style.display = '';
    return text;
  });
}

/** Starts a measurement window; returns its start on the page's clock. */
/**
 * A reply of about `characters` characters of Markdown of the kinds replies use (headings, bold,
 * lists, inline code, links, a code block), so that streaming measures the Markdown renderer at
 * work, half-closed markers included, and not plain text.
 */
function markdownReply(characters: number): string {
  const piece =
    '## Options in the centre\n\n- **fox pasta bar**: Italian, `moderate`, [menu](https://example.org/menu)\n' +
    '- *golden curry*: Indian, east\n\n```\nReserveRestaurant(name=fox pasta bar)\n```\n\n' +
    'Shall I book one of these for Friday at 19:00? ';
  return piece.repeat(Math.ceil(characters / piece.length)).slice(0, characters);
}

async function measureStreaming(browser: Browser): Promise<void> {
  const replies = Math.ceil(streamTokens / tokensPerReply);
  const reply = `System: ${markdownReply(tokensPerReply * 4)}`;
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await openScripted(
    page,
    Array.from({ length: replies + 1 }, () => reply),
  );
  // The first reply also pays for compiling the turn code; it is reported on its own. The
  // long-task API only reports tasks of 50 ms or more, so 0 means none reached 50 ms.
  const warmUpStart = await pageNow(page);
  await sendAndWait(page, 'warm up');
  report('stream_first_reply_longest_task_ms', await longestTaskSince(page, warmUpStart), 'ms');
  const streamStart = await pageNow(page);
  const started = Date.now();
  let renderedTokens = 0;
  for (let index = 0; index < replies; index += 1) {
    await sendAndWait(page, `message ${index}`);
    renderedTokens += llama3TokenCounter.count(await lastRenderedReply(page));
  }
  const seconds = (Date.now() - started) / 1000;
  report('stream_longest_task_ms', await longestTaskSince(page, streamStart), 'ms');
  // Counted from what the page shows (Llama 3 tokens of each finished reply's text), so a reply
  // cut short or never rendered lowers the figure instead of leaving it untouched.
  report('stream_rendered_tokens', renderedTokens, 'tokens');
  report('stream_tokens_per_s', renderedTokens / seconds, 'tokens/s');
  await context.close();
}

async function measureStorage(browser: Browser): Promise<void> {
  for (const stored of [10, 1_000]) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const holder = window as unknown as { __bytesWritten: number };
      holder.__bytesWritten = 0;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
        holder.__bytesWritten +=
          typeof value === 'string' ? value.length : JSON.stringify(value ?? null).length;
        return put.call(this, value, key);
      };
    });
    await openScripted(
      page,
      Array.from({ length: 4 }, (_, index) => `System: Reply number ${index}.`),
    );
    await seedConversations(page, stored, 30);
    const navigationStarted = Date.now();
    await page.reload();
    await waitUntilReady(page);
    const items = page.getByRole('list', { name: 'Conversation list' }).getByRole('listitem');
    await items.first().waitFor();
    if (stored === 1_000) report('list_ready_ms', Date.now() - navigationStarted, 'ms');

    if (stored === 1_000) {
      // The newest conversation opens at start-up; open the next one and time it in the page.
      const clickedAt = await page.evaluate(() => performance.now());
      await items.nth(1).getByRole('button').first().click();
      const openedAt = await page.waitForFunction(
        () => {
          const title = document.querySelector('.chat-title')?.textContent;
          // The log renders only the turns in view: the last one shown means it is open.
          const last = document.querySelector('article[aria-label="Turn 30"]');
          return title === 'Seeded conversation 1' && last ? performance.now() : false;
        },
        undefined,
        { polling: 'raf' },
      );
      report('open_conversation_ms', ((await openedAt.jsonValue()) as number) - clickedAt, 'ms');
    }

    await page.getByRole('button', { name: 'New conversation' }).click();
    await sendAndWait(page, 'warm up');
    await page.evaluate(() => {
      (window as unknown as { __bytesWritten: number }).__bytesWritten = 0;
    });
    await sendAndWait(page, 'one more turn');
    await page.waitForTimeout(1_500);
    const bytes = await page.evaluate(
      () => (window as unknown as { __bytesWritten: number }).__bytesWritten,
    );
    report(`bytes_written_per_turn_at_${stored}`, bytes, 'bytes');
    await context.close();
  }
}

async function main(): Promise<void> {
  const app = await serveBuiltApp(port);
  try {
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      await measureColdLoads(browser);
      await measureStreaming(browser);
      await measureStorage(browser);
      await measureLargeConversations(browser, { origin, report, waitUntilReady });
    } finally {
      await browser.close();
    }
  } finally {
    await app.close();
  }
}

await main();
