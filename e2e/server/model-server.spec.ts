import { expect, test, type Page } from '@playwright/test';
import {
  startFakeModelServer,
  type FakeModelServer,
} from '../../src/adapters/openai/testing/fake-model-server';
import { messages, sendMessage, waitForReplyDone } from '../app/scripted';

/*
 * Journeys against a local model server that the tests start and stop themselves
 * (src/adapters/openai/testing/fake-model-server.ts): it speaks llama.cpp's and vLLM's
 * dialects, streams the scripted outputs, and fails on cue. Port 4351 (4350-4359 are this
 * suite's).
 */
test.use({ serviceWorkers: 'block' });

const PORT = Number(process.env.E2E_MODEL_SERVER_PORT ?? 4351);
let server: FakeModelServer;

test.afterEach(async () => {
  await server?.close();
});

async function serve(dialect: 'llama.cpp' | 'vllm', outputs: string[], tokenDelayMs = 0) {
  server = await startFakeModelServer({ dialect, outputs, tokenDelayMs, port: PORT });
  return server;
}

async function openModelPanel(page: Page) {
  const drawer = page.getByRole('dialog', { name: 'Model' });
  if (!(await drawer.isVisible()))
    await page.getByRole('button', { name: 'Model', exact: true }).click();
  return drawer.getByRole('region', { name: 'Model server' });
}

/** The drawer closes by itself once the model is ready; Escape otherwise. */
async function closeModelPanel(page: Page) {
  const drawer = page.getByRole('dialog', { name: 'Model' });
  await page.waitForTimeout(300);
  if (await drawer.isVisible()) await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
}

async function connectFromPanel(page: Page, baseUrl: string) {
  const panel = await openModelPanel(page);
  await panel.getByRole('combobox', { name: 'Server', exact: true }).selectOption('llama.cpp');
  await panel.getByLabel('Server address').fill(baseUrl);
  await panel.getByRole('button', { name: 'Fetch models' }).click();
  await expect(panel.getByRole('combobox', { name: 'Model', exact: true })).toHaveValue('CoALM-8B');
  return panel;
}

const SEARCH =
  "Thought: Italian in the centre.\nAction: FindRestaurants(area='centre', food='italian')";
const FOUND = 'System: I found **fox pasta bar** in the centre. Shall I book it?';
const BOOK =
  "Action: ReserveRestaurant(name='fox pasta bar', people=2, day='friday', time='19:00')";
const BOOKED = 'System: Booked! Your table for 2 at fox pasta bar on Friday at 19:00 is confirmed.';

test('connect from the Model panel, test the connection, chat and book through the card', async ({
  page,
}) => {
  const fake = await serve('llama.cpp', [SEARCH, FOUND, BOOK, BOOKED]);
  await page.goto('/');
  const panel = await connectFromPanel(page, fake.baseUrl);
  await panel.getByRole('button', { name: 'Test connection' }).click();
  const report = panel.getByRole('list', { name: 'Connection test' });
  await expect(report).toContainText('✓ Server reachable');
  await expect(report).toContainText('✓ This page allowed (CORS)');
  await expect(report).toContainText('✓ Model listed');
  await expect(report).toContainText('✓ Streaming');
  await expect(report).toContainText('✓ Grammar');
  await expect(report).toContainText('✓ Raw completions');
  await expect(report).toContainText('✓ Prefix cache');
  await panel.getByRole('button', { name: 'Use CoALM-8B on this server' }).click();
  await closeModelPanel(page);
  await expect(
    page.getByText(/Model server: CoALM-8B at http:\/\/127\.0\.0\.1/).first(),
  ).toBeVisible();

  await sendMessage(page, 'Italian food in the centre, please');
  await expect(messages(page).getByText('fox pasta bar', { exact: true })).toBeVisible();
  await waitForReplyDone(page);
  await sendMessage(page, 'Book it for 2 on Friday at 7pm');
  const card = page.getByRole('group', { name: 'Confirm booking' });
  await card.getByRole('button', { name: 'Confirm' }).click();
  await expect(messages(page).getByText(/Booked! Your table for 2/)).toBeVisible();
  await waitForReplyDone(page);
  // What reached the server: the Llama 3.1 text with the trained system block, no key.
  const sent = fake.requests.filter(
    (request) =>
      request.path === '/v1/completions' &&
      !String(request.body.prompt).includes('Connection test'),
  );
  expect(sent.length).toBeGreaterThanOrEqual(4);
  expect(String(sent[0]?.body.prompt)).toMatch(
    /^<\|start_header_id\|>system<\|end_header_id\|>\n\nCutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n<\|eot_id\|>/,
  );
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('tab', { name: 'Trace' }).click();
  await expect(details.getByText(/raw-completions/).first()).toBeVisible();
});

test('a link proposes a server; nothing is sent until the person confirms', async ({ page }) => {
  const fake = await serve('vllm', ['System: Hello from the linked server.']);
  await page.goto(
    `/?engine=openai&baseUrl=${encodeURIComponent(fake.baseUrl)}&model=CoALM-8B&dialect=vllm`,
  );
  const dialog = page.getByRole('alertdialog', { name: 'Use the model server from this link?' });
  await expect(dialog).toContainText(fake.baseUrl);
  expect(fake.requests).toHaveLength(0);
  await dialog.getByRole('button', { name: /Send my messages to/ }).click();
  await expect(dialog).toHaveCount(0);
  await sendMessage(page, 'Hello');
  await expect(messages(page).getByText('Hello from the linked server.')).toBeVisible();
});

test('a declined link sends nothing', async ({ page }) => {
  const fake = await serve('vllm', ['System: never']);
  await page.goto(`/?engine=openai&baseUrl=${encodeURIComponent(fake.baseUrl)}&model=CoALM-8B`);
  await page.getByRole('button', { name: 'No, keep my messages here' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(fake.requests).toHaveLength(0);
});

test('Stop mid-reply closes the connection and keeps what was written', async ({ page }) => {
  const long = `System: ${'Here is a long and careful answer. '.repeat(30)}`;
  const fake = await serve('llama.cpp', [long], 40);
  await page.goto('/');
  const panel = await connectFromPanel(page, fake.baseUrl);
  await panel.getByRole('button', { name: 'Use CoALM-8B on this server' }).click();
  await closeModelPanel(page);
  await sendMessage(page, 'Tell me everything');
  await expect(messages(page).getByText(/Here is a long/)).toBeVisible();
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await waitForReplyDone(page);
  await expect(messages(page).getByText('stopped')).toBeVisible();
  await expect.poll(() => fake.requests[0]?.closedEarly).toBe(true);
});

test('the server dies mid-reply: the turn is kept, marked interrupted, with the reason', async ({
  page,
}) => {
  const fake = await serve('llama.cpp', ['System: This reply will not arrive in full, sadly.'], 20);
  await page.goto('/');
  const panel = await connectFromPanel(page, fake.baseUrl);
  await panel.getByRole('button', { name: 'Use CoALM-8B on this server' }).click();
  await closeModelPanel(page);
  fake.fault({ kind: 'cut-stream', afterChunks: 4 });
  await sendMessage(page, 'Say something');
  await waitForReplyDone(page);
  await expect(messages(page).getByText('interrupted')).toBeVisible();
  await expect(messages(page).getByText('Say something')).toBeVisible();
  await expect(page.getByText(/stopped sending mid-reply/).first()).toBeVisible();
});

test('a server that refuses this page is reported as CORS, with the setting to change', async ({
  page,
}) => {
  const fake = await serve('llama.cpp', []);
  fake.fault({ kind: 'cors-refused' });
  await page.goto('/');
  const panel = await openModelPanel(page);
  await panel.getByRole('combobox', { name: 'Server', exact: true }).selectOption('ollama');
  await panel.getByLabel('Server address').fill(fake.baseUrl);
  await panel.getByRole('textbox', { name: 'Model', exact: true }).fill('CoALM-8B');
  await panel.getByRole('button', { name: 'Test connection' }).click();
  const report = panel.getByRole('list', { name: 'Connection test' });
  await expect(report).toContainText('✗ This page allowed (CORS)');
  await expect(report).toContainText('OLLAMA_ORIGINS');
});
