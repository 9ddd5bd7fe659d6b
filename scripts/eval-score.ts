// `npm run eval -- --score <file>`: scores dialogues made elsewhere (format in docs/evaluation.md)
// and prints per-dialogue and overall metrics as JSON.
import { loadMultiwozData } from '../src/mock-apis/multiwoz-world/load-multiwoz-data';
import {
  checkDialoguesFile,
  scoreDialogue,
  summarizeScores,
  type DialoguesFile,
} from '../src/eval/score-dialogues';

export async function scoreFile(
  path: string,
  read: (path: string, encoding: 'utf8') => string,
): Promise<number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(read(path, 'utf8'));
  } catch (error) {
    console.error(
      `eval --score: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 2;
  }
  const problems = checkDialoguesFile(parsed);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`eval --score: ${problem}`);
    return 2;
  }
  const file = parsed as DialoguesFile;
  const data = file.world === 'multiwoz' ? await loadMultiwozData() : undefined;
  const scores = [];
  for (const dialogue of file.dialogues) scores.push(await scoreDialogue(dialogue, data));
  const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
  console.log(
    JSON.stringify(
      {
        overall: summarizeScores(scores),
        dialogues: scores.map((score) => ({
          id: score.id,
          inform: score.inform ? 1 : 0,
          success: score.success ? 1 : 0,
          bookingCorrect: score.bookingCorrect,
          jga: round(score.jointGoalAccuracy),
          jgaFuzzy: round(score.jointGoalAccuracyFuzzy),
          apiAccuracy: score.calls ? round(score.calls.accuracy) : null,
          reasons: score.domains.map(
            (domain) => `${domain.domain}: ${domain.informReason}; ${domain.successReason}`,
          ),
        })),
      },
      null,
      2,
    ),
  );
  return 0;
}
