import { routeScript, sendMessage } from '../app/scripted';
import { openApp, readAllTurns, readTurns, waitForTurns, type ShownTurn } from './app-pages';
import { expect, test } from './fault-tally';
import { createSeededRandom } from '../../src/core/random/seeded-random';

test.use({ serviceWorkers: 'block' });

const CLOSES = 20;
/** Each reply streams for about 1.2 s (60 chunks of 4 characters, 20 ms apart). */
const TOKEN_DELAY_MS = 20;
/** Close points fall anywhere from right after Enter to a little after the reply ends. */
const LONGEST_WAIT_MS = 1_600;

/** FAULT_SEED in the environment replays a run; the default keeps runs comparable. */
function faultSeed(): number {
  const raw = Number(process.env.FAULT_SEED);
  return Number.isInteger(raw) ? raw : 20_261_124;
}

function replyFor(round: number): string {
  const words = `reply ${round} is written word by word so the page can close halfway through it`;
  return `${words} and ${words}`.slice(0, 240);
}

/** What the page showed just before it closed. */
interface Expectation {
  user: string;
  /** The user message was on screen. */
  shown: boolean;
  /** The reply had finished (no Stop button, no status label) before the close. */
  finished: boolean;
}

test('closing the page mid-reply 20 times at seeded random points loses nothing', async ({
  context,
  faults,
}) => {
  // 21 page loads: generous, so a busy machine slows the test down instead of failing it.
  test.setTimeout(300_000);
  const random = createSeededRandom(faultSeed());
  const expected: Expectation[] = [];
  let lastTurns: ShownTurn[] = [];

  for (let round = 0; round <= CLOSES; round += 1) {
    const page = await context.newPage();
    const url = await routeScript(page, 'closing', {
      tokenDelayMs: TOKEN_DELAY_MS,
      outputs: [`System: ${replyFor(round)}`],
    });
    await openApp(page, url);
    if (round > 0) {
      const shownCount = expected.filter((item) => item.shown).length;
      const turns = await waitForTurns(page, shownCount).catch(() => readAllTurns(page));
      faults.check(`close ${round}`, compare(turns, expected, faults));
      lastTurns = turns;
    }
    if (round === CLOSES) {
      await page.close();
      break;
    }
    const user = `message ${round}`;
    await sendMessage(page, user);
    await page.waitForTimeout(Math.floor(random() * LONGEST_WAIT_MS));
    const turns = await readTurns(page);
    const last = turns.at(-1);
    const shown = last?.user === user;
    expected.push({
      user,
      shown,
      finished:
        shown &&
        last.status === 'complete' &&
        (await page.getByRole('button', { name: 'Stop', exact: true }).count()) === 0,
    });
    await page.close();
  }

  const finished = expected.filter((item) => item.finished).length;
  const interrupted = lastTurns.filter((turn) => turn.status === 'interrupted').length;
  console.log(
    `closed mid-stream ${CLOSES} times: ${finished} replies had finished, ${CLOSES - finished} ` +
      `were cut; ${lastTurns.length} turns came back, ${interrupted} marked interrupted`,
  );
  expect(faults.failures).toEqual([]);
});

/** Problems with the reopened page; missing messages and finished replies count as data lost. */
function compare(
  turns: ShownTurn[],
  expected: Expectation[],
  faults: { lost(what: string): void },
) {
  const problems: string[] = [];
  const byUser = new Map(turns.map((turn) => [turn.user, turn]));
  expected.forEach((item, round) => {
    const turn = byUser.get(item.user);
    if (!turn) {
      if (item.shown) {
        faults.lost(`"${item.user}" is missing`);
        problems.push(`"${item.user}" missing`);
      }
      return;
    }
    if (turn.status === 'streaming') problems.push(`"${item.user}" still shown as streaming`);
    if (item.finished && turn.reply !== replyFor(round)) {
      faults.lost(`finished reply to "${item.user}" (${turn.status}, "${turn.reply}")`);
      problems.push(`finished reply to "${item.user}" changed`);
    } else if (item.finished && turn.status !== 'complete') {
      // The text is all there, but the final save (status 'complete') did not land.
      problems.push(`finished reply to "${item.user}" came back ${turn.status}`);
    }
    if (turn.status === 'complete' && turn.reply !== replyFor(round))
      problems.push(`reply to "${item.user}" is complete but not whole: "${turn.reply}"`);
    if (turn.status === 'interrupted' && !replyFor(round).startsWith(turn.reply))
      problems.push(`partial reply to "${item.user}" is not a prefix of the reply`);
  });
  if (turns.length > expected.length)
    problems.push(`${turns.length} turns for ${expected.length} messages`);
  return problems;
}
