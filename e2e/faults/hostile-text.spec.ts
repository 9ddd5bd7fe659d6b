import type { Page } from '@playwright/test';
import { messageBox, routeScript, sendMessage, waitForReplyDone } from '../app/scripted';
import { openApp, pythonString } from './app-pages';
import { attribute, watchForAttacks, type AttackWatch } from './attack-watch';
import { expect, test, type FaultTally } from './fault-tally';
import { payloads, type Payload } from './hostile-payloads';

test.use({ serviceWorkers: 'block' });

/** Payloads in groups of `size`, so one reply or argument carries several. */
function groups(size: number): Payload[][] {
  const result: Payload[][] = [];
  for (let start = 0; start < payloads.length; start += size)
    result.push(payloads.slice(start, start + size));
  return result;
}

/** The payloads whose number is nowhere in the app's text: they were not shown as text. */
async function notShown(page: Page, list: readonly Payload[]): Promise<Set<number>> {
  const text = await page.locator('#root').innerText();
  return new Set(
    list
      .filter((payload) => !new RegExp(`(=|\\(|/)${payload.id}\\b`).test(text))
      .map((payload) => payload.id),
  );
}

/** One fault per payload: survived when nothing it carries ran, loaded or became markup. */
async function tally(
  faults: FaultTally,
  watch: AttackWatch,
  channel: string,
  missing: Set<number> = new Set(),
): Promise<void> {
  const { through, unattributed } = attribute(await watch.findings(), payloads);
  for (const payload of payloads) {
    faults.check(`${channel} #${payload.id}`, [
      ...(through.has(payload.id) ? ['it ran or loaded'] : []),
      ...(missing.has(payload.id) ? ['it was not shown as text'] : []),
      ...unattributed,
    ]);
  }
}

test('hostile model output is shown as text and never runs', async ({ page, faults }) => {
  const watch = watchForAttacks(page);
  const replies = groups(11).map((group) => group.map((payload) => payload.text).join('\n\n'));
  await openApp(
    page,
    await routeScript(page, 'hostile-output', {
      tokenDelayMs: 1,
      outputs: replies.map((reply) => `System: ${reply}`),
    }),
  );
  for (const [index] of replies.entries()) {
    await sendMessage(page, `show me hostile reply ${index}`);
    await waitForReplyDone(page);
  }
  await tally(faults, watch, 'model output', await notShown(page, payloads));
  expect(faults.failures).toEqual([]);
});

test('hostile tool arguments, echoed in results and refusals, never run', async ({
  page,
  faults,
}) => {
  const watch = watchForAttacks(page);
  const searches = groups(3).map((group) => group.map((payload) => payload.text).join(' '));
  const bookings = groups(11).map((group) => group.map((payload) => payload.text).join(' '));
  const outputs = [
    ...searches.flatMap((name) => [
      // area is checked against a list, and the error echoes the value verbatim.
      `Thought: Search the area.\nAction: FindRestaurants(area=${pythonString(name)})`,
      'System: I could not find that restaurant.',
    ]),
    ...bookings.flatMap((name) => [
      `Thought: Book it.\nAction: ReserveRestaurant(name=${pythonString(name)}, people=2, day='friday', time='19:00')`,
      'System: I have not booked anything.',
    ]),
  ];
  await openApp(page, await routeScript(page, 'hostile-tools', { tokenDelayMs: 0, outputs }));
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('tab', { name: 'Trace' }).click();
  const seen = new Set<number>(payloads.map((payload) => payload.id));
  const markShown = async () => {
    const missing = await notShown(page, payloads);
    for (const payload of payloads) if (!missing.has(payload.id)) seen.delete(payload.id);
  };
  for (const [index] of searches.entries()) {
    await sendMessage(page, `find restaurant ${index}`);
    await waitForReplyDone(page);
    // The trace of the latest turn shows its call and the observation echoing the argument.
    await expect(details.getByText(/area must be one of: .*, got '/).first()).toBeVisible();
    await markShown();
  }
  for (const [index] of bookings.entries()) {
    await sendMessage(page, `book restaurant ${index}`);
    await waitForReplyDone(page);
    // A venue must be named exactly before any confirmation card, so a hostile name never
    // reaches one: it comes back in the refusal, echoed verbatim in the trace.
    await expect(page.getByRole('group', { name: 'Confirm booking' })).toHaveCount(0);
    await expect(details.getByText(/no restaurant is called exactly '/).first()).toBeVisible();
    await markShown();
  }
  await tally(faults, watch, 'tool arguments', seen);
  expect(faults.failures).toEqual([]);
});

/** An export file whose every text field is hostile. */
function hostileExport(): string {
  const conversations = payloads.map((payload, index) => ({
    id: `hostile-${payload.id}`,
    title: payload.text,
    createdAt: 1_700_000_000_000 + index,
    updatedAt: 1_700_000_000_000 + index,
    profile: 'cra-exact',
    turns: [
      {
        id: `turn-${payload.id}`,
        user: payload.text,
        reply: payload.text,
        status: 'complete',
        startedAt: 1,
        endedAt: 2,
        steps: [
          {
            index: 0,
            stage: 'action',
            prompt: [{ role: 'user', content: payload.text }],
            raw: payload.text,
            thought: payload.text,
            call: {
              id: `call-${payload.id}`,
              name: 'FindRestaurants',
              arguments: { name: payload.text },
            },
            result: { ok: false, error: { code: 'no-match', message: payload.text } },
            observation: payload.text,
            startedAt: 1,
            endedAt: 2,
          },
        ],
      },
    ],
  }));
  return JSON.stringify({
    format: 'coalm-web-export',
    version: 1,
    exportedAt: new Date(0).toISOString(),
    conversations,
    bookings: [],
  });
}

test('hostile imported conversations and titles never run', async ({ page, faults }) => {
  const watch = watchForAttacks(page);
  await openApp(page, '/');
  await page.getByLabel('Import').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(hostileExport()),
  });
  await expect(page.getByText(`Imported ${payloads.length} conversations`)).toBeVisible();
  const items = page.getByRole('list', { name: 'Conversation list' }).getByRole('listitem');
  await expect(items).toHaveCount(payloads.length);
  const titlesMissing = await notShown(page, payloads);
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('tab', { name: 'Trace' }).click();
  const contentMissing = new Set(payloads.map((payload) => payload.id));
  for (let index = 0; index < payloads.length; index += 1) {
    await items.nth(index).getByRole('button').first().click();
    await expect(page.getByRole('log', { name: 'Messages' }).getByRole('article')).toHaveCount(1);
    const missing = await notShown(page, payloads);
    for (const payload of payloads) if (!missing.has(payload.id)) contentMissing.delete(payload.id);
  }
  await tally(faults, watch, 'imported titles', titlesMissing);
  await tally(faults, watch, 'imported messages and traces', contentMissing);
  expect(faults.failures).toEqual([]);
});

test('hostile conversation titles set by rename never run', async ({ page, faults }) => {
  const watch = watchForAttacks(page);
  await openApp(
    page,
    await routeScript(page, 'rename', { tokenDelayMs: 0, outputs: ['System: Hello.'] }),
  );
  await sendMessage(page, 'a conversation to rename');
  await waitForReplyDone(page);
  const item = page.getByRole('list', { name: 'Conversation list' }).getByRole('listitem').first();
  const missing = new Set<number>();
  for (const payload of payloads) {
    await item.getByRole('button', { name: /^Rename / }).click();
    const box = page.getByRole('textbox', { name: /^New title for/ });
    await box.fill(payload.text);
    await box.press('Enter');
    await expect(box).toHaveCount(0);
    if ((await notShown(page, [payload])).size > 0) missing.add(payload.id);
  }
  await page.reload();
  await messageBox(page);
  await tally(faults, watch, 'renamed titles', missing);
  expect(faults.failures).toEqual([]);
});

// A control, counted as no fault: the watcher must notice payloads that do run, or the tests
// above could pass while watching nothing.
test('control: the watcher catches a payload rendered as live HTML', async ({ page }) => {
  const watch = watchForAttacks(page);
  await openApp(page, '/');
  const live = payloads.filter((payload) => [2, 9, 19].includes(payload.id));
  await page.evaluate(
    (texts) => {
      const sink = document.createElement('div');
      sink.innerHTML = texts.join(' ');
      document.getElementById('root')?.append(sink);
    },
    live.map((payload) => payload.text),
  );
  await expect
    .poll(async () => [...attribute(await watch.findings(), payloads).through].sort())
    .toEqual([2, 9, 19].sort());
});
