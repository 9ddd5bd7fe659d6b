import { expect, test } from '@playwright/test';
import { messages, sendMessage, waitForReplyDone } from '../app/scripted';

/*
 * Against a real model server (Ollama, llama.cpp or vLLM serving CoALM), when one is given:
 *   COALM_SERVER_URL=http://localhost:11434/v1 COALM_SERVER_MODEL=<id> [COALM_SERVER_DIALECT=ollama]
 * The server must allow this page's origin (docs/run-coalm.md).
 */
const baseUrl = process.env.COALM_SERVER_URL;
const model = process.env.COALM_SERVER_MODEL ?? '';
const dialect = process.env.COALM_SERVER_DIALECT ?? '';

test.use({ serviceWorkers: 'block' });

test('a real CoALM server answers through the app', async ({ page }) => {
  if (!baseUrl) console.log('Skipped: set COALM_SERVER_URL to test against a real model server.');
  test.skip(
    !baseUrl,
    'COALM_SERVER_URL is not set: no real model server to test against (see docs/run-coalm.md).',
  );
  test.setTimeout(300_000);
  const query = new URLSearchParams({ engine: 'openai', baseUrl: baseUrl ?? '', model });
  if (dialect) query.set('dialect', dialect);
  await page.goto(`/?${query.toString()}`);
  await page.getByRole('button', { name: /Send my messages to/ }).click();
  await sendMessage(page, 'I need a cheap restaurant in the centre.');
  await waitForReplyDone(page);
  await expect(messages(page).locator('.message.assistant').last()).not.toBeEmpty();
});
