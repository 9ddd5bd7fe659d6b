import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scriptedUrl } from '../app/scripted';

// The offline and update tests need a script the service worker precaches, so they use a demo
// script from public/ and read what it says from the file, rather than repeating its text.
const path = 'demo-scripts/chit-chat.json';
const script = JSON.parse(readFileSync(resolve('public', path), 'utf8')) as {
  outputs: string[];
  tokenDelayMs?: number;
};

export const demoUrl = scriptedUrl(`/${path}`);

/** Words from the start of the demo's reply, as they appear once rendered. */
export const demoReplyStart = (() => {
  const reply = (script.outputs[0] ?? '').split('System:')[1] ?? '';
  const words = reply.replace(/[*_`]/g, '').trim().split(/\s+/).slice(0, 4).join(' ');
  return new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
})();
