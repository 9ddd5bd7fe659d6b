import type { Page } from '@playwright/test';
import { ATTACKER_HOST, type Payload } from './hostile-payloads';

/**
 * Watches a page for any sign that hostile text did something: `window.__pwned` set, a dialog
 * opened, a request to a host other than the app's, or live elements and attributes that only
 * markup could have created inside the app. Each finding names the payload number it carries
 * ("#12"), so a test can tell which payload got through.
 */
export function watchForAttacks(page: Page) {
  const events: string[] = [];
  page.on('dialog', (dialog) => {
    events.push(`dialog "${dialog.message()}" #${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    const { hostname, pathname } = new URL(url);
    if (hostname === '127.0.0.1' || hostname === 'localhost') return;
    const number = new RegExp(`${ATTACKER_HOST.replace('.', '\\.')}/(\\d+)`).exec(url)?.[1];
    events.push(`request to ${hostname}${pathname}${number ? ` #${number}` : ''}`);
  });

  return {
    /** Everything seen so far, plus what the page holds now. */
    async findings(): Promise<string[]> {
      const inPage = await page.evaluate(() => {
        const found: string[] = [];
        const pwned = (window as unknown as { __pwned?: unknown }).__pwned;
        if (pwned !== undefined) found.push(`window.__pwned is ${String(pwned)} #${String(pwned)}`);
        const root = document.getElementById('root');
        if (!root) return found;
        const marker = (html: string) => {
          const match = /__pwned=(\d+)|alert\((\d+)\)|\.invalid\/(\d+)/.exec(html);
          const number = match?.[1] ?? match?.[2] ?? match?.[3];
          return number ? ` #${number}` : '';
        };
        const dangerous =
          'script, iframe, object, embed, base, meta, link, style, img, video, audio, source, math, svg, form[action]';
        for (const element of root.querySelectorAll(dangerous))
          found.push(`<${element.localName}> element${marker(element.outerHTML)}`);
        for (const element of root.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            const hostile =
              attribute.name.startsWith('on') ||
              (attribute.name === 'style' && attribute.value.includes('url(')) ||
              (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name) &&
                !/^(https?:|blob:|#|\/)/i.test(attribute.value.trim()));
            if (hostile)
              found.push(
                `${element.localName}[${attribute.name}="${attribute.value}"]${marker(attribute.value)}`,
              );
          }
        }
        return found;
      });
      return [...events, ...inPage];
    },
  };
}

export type AttackWatch = ReturnType<typeof watchForAttacks>;

/** Payloads named by a finding, and findings that name none (which fail every payload). */
export function attribute(
  findings: readonly string[],
  payloads: readonly Payload[],
): { through: Set<number>; unattributed: string[] } {
  const through = new Set<number>();
  const unattributed: string[] = [];
  for (const finding of findings) {
    const number = Number(/#(\d+)$/.exec(finding)?.[1]);
    if (payloads.some((payload) => payload.id === number)) through.add(number);
    else unattributed.push(finding);
  }
  return { through, unattributed };
}
