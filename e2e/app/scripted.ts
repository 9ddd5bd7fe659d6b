import { expect, type Page } from '@playwright/test';

export interface Script {
  outputs: string[];
  tokenDelayMs?: number;
}

/**
 * Serves `script` on a same-origin URL through page.route (nothing on disk) and returns the app
 * URL that selects scripted mode with it.
 */
export async function routeScript(page: Page, name: string, script: Script): Promise<string> {
  const path = `/e2e-scripts/${name}.json`;
  await page.route(`**${path}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(script) }),
  );
  return scriptedUrl(path);
}

export function scriptedUrl(scriptPath: string): string {
  return `/?engine=scripted&script=${encodeURIComponent(scriptPath)}`;
}

/** The message box, once the store has loaded and it accepts input. */
export async function messageBox(page: Page) {
  const box = page.getByLabel('Message', { exact: true });
  await expect(box).toBeEnabled();
  return box;
}

export async function sendMessage(page: Page, text: string): Promise<void> {
  const box = await messageBox(page);
  await box.fill(text);
  await box.press('Enter');
}

export function messages(page: Page) {
  return page.getByRole('log', { name: 'Messages' });
}

/** Waits until no reply is running (the Stop button is gone and Send is back). */
export async function waitForReplyDone(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toHaveCount(0, {
    timeout: 20_000,
  });
}
