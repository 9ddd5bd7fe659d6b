import { expect, test } from '@playwright/test';
import { messageBox, messages, routeScript, sendMessage, waitForReplyDone } from './scripted';

test.use({ serviceWorkers: 'block' });

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('the side panel and the list collapse behind buttons and open on demand', async ({
    page,
  }) => {
    await page.goto(
      await routeScript(page, 'phone', { tokenDelayMs: 0, outputs: ['System: Hi there.'] }),
    );
    await sendMessage(page, 'Hello from a phone');
    await waitForReplyDone(page);
    const details = page.getByRole('tab', { name: 'Trace' });
    await expect(details).toBeHidden();
    await page.getByRole('button', { name: 'Details' }).click();
    await expect(details).toBeVisible();
    await expect(page.getByRole('button', { name: 'Details' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.getByLabel('Search conversations')).toBeHidden();
    await page.getByRole('button', { name: 'Conversations' }).click();
    await expect(page.getByLabel('Search conversations')).toBeVisible();
    await expect(await messageBox(page)).toBeVisible();
  });
});

test.describe('on a small phone (360x780)', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the header keeps the views and buttons on one row, and the chat options fold', async ({
    page,
  }) => {
    await page.goto(
      await routeScript(page, 'phone-rows', { tokenDelayMs: 0, outputs: ['System: Hi.'] }),
    );
    await sendMessage(page, 'Hello from a phone');
    await waitForReplyDone(page);
    const header = page.getByRole('banner');
    const top = async (name: string) =>
      (await header.getByRole('button', { name, exact: true }).boundingBox())?.y;
    const rowOfChat = await top('Chat');
    for (const name of ['Walkthroughs', 'Evaluation', 'Model', 'Keyboard shortcuts'])
      expect(await top(name)).toBe(rowOfChat);
    await expect(
      page.getByRole('heading', { level: 1, name: 'CoALM Booking Agent' }),
    ).toBeAttached();

    const profile = page.getByLabel('Prompt profile');
    await expect(profile).toBeHidden();
    const options = page.getByRole('button', { name: 'Options' });
    await options.click();
    await expect(options).toHaveAttribute('aria-expanded', 'true');
    await expect(profile).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export JSON' })).toBeVisible();
    await options.click();
    await expect(profile).toBeHidden();
    const box = await (await messageBox(page)).boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(780);
  });
});

test('follows the system colour scheme', async ({ browser }) => {
  const backgrounds: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('/');
    await messageBox(page);
    backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    await context.close();
  }
  expect(backgrounds[0]).not.toBe(backgrounds[1]);
});

test('every control has an accessible name', async ({ page }) => {
  await page.goto(
    await routeScript(page, 'names', { tokenDelayMs: 0, outputs: ['System: **Hello**.'] }),
  );
  await sendMessage(page, 'Hello');
  await waitForReplyDone(page);
  const controls = page.locator('button, input, select, textarea, [role="tab"], summary');
  const count = await controls.count();
  expect(count).toBeGreaterThan(15);
  for (let index = 0; index < count; index += 1) {
    const control = controls.nth(index);
    if (!(await control.isVisible())) continue;
    await expect(control).toHaveAccessibleName(/\S/);
  }
});

test('a 1,200-character unbroken word wraps: neither the messages nor the trace scroll sideways', async ({
  page,
}) => {
  const word = 'x'.repeat(1_200);
  const url = await routeScript(page, 'long-word', {
    outputs: [`System: Here it is: ${word}`],
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  await sendMessage(page, `Please echo ${word}`);
  await waitForReplyDone(page);
  await expect(messages(page)).toContainText(word.slice(0, 200));
  const overflows = async (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((elements) =>
        elements
          .filter((element) => element.scrollWidth > element.clientWidth + 1)
          .map((element) => `${element.tagName}.${element.className}`),
      );
  expect(await overflows('[role="log"], [role="log"] *')).toEqual([]);
  await page.getByRole('tab', { name: 'Trace' }).click();
  await expect(page.locator('.step').first()).toBeVisible();
  expect(await overflows('.step, .step *')).toEqual([]);
});

test('the message box is the first stop in the chat, and "?" lists the shortcuts', async ({
  page,
}) => {
  await page.goto(await routeScript(page, 'focus', { tokenDelayMs: 0, outputs: ['System: Hi.'] }));
  const box = await messageBox(page);
  await expect(box).toBeFocused();
  await page.keyboard.type('Typed straight away');
  await expect(box).toHaveValue('Typed straight away');
  // "?" in the message box is a character; outside a field it opens the sheet.
  await page.keyboard.type('?');
  await expect(box).toHaveValue('Typed straight away?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await box.blur();
  await page.keyboard.press('Shift+?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Ctrl+K');
  await expect(sheet).toContainText('Shift+Enter');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  // With nothing focused (as after a fresh load or a blur), the first Tab lands in the box.
  await box.blur();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  // From the box on, Tab moves on through the page as usual.
  await page.keyboard.press('Tab');
  await expect(box).not.toBeFocused();
});
