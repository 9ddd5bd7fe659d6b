import { expect, test } from '@playwright/test';
import { messageBox, routeScript, sendMessage, waitForReplyDone } from './scripted';

test.use({ serviceWorkers: 'block' });

test('a second tab sees a conversation started in the first', async ({ context }) => {
  const script = { tokenDelayMs: 0, outputs: ['System: Hello from the first tab.'] };
  const first = await context.newPage();
  const url = await routeScript(first, 'tabs', script);
  await first.goto(url);
  const second = await context.newPage();
  await routeScript(second, 'tabs', script);
  await second.goto(url);
  await messageBox(second);

  await sendMessage(first, 'Greetings across tabs');
  await waitForReplyDone(first);

  const list = second.getByRole('list', { name: 'Conversation list' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await list.getByRole('button', { name: /^Greetings across tabs/ }).click();
  await expect(second.getByRole('log', { name: 'Messages' })).toContainText(
    'Hello from the first tab.',
  );
});
