/**
 * Walkthroughs are written as recipes over the generated world: venue names come from real
 * searches, failing bookings from probing the world's capacity, references from simulating the
 * expected calls. Each turn's gold state is written by hand in the recipe, never derived from
 * the calls.
 */
import type { DialogueState } from '../../core/conversation/conversation';
import type { ToolResult } from '../../core/tools/tool-definition';
import { createEvaluationWorld, type EvaluationWorld } from '../evaluation-world';
import type { ExpectedCall, Mistake, UserGoal, Walkthrough, WalkthroughTurn } from '../walkthrough';

/** Stands for "the reference of the latest successful booking" in a recipe's call arguments. */
export const LATEST_REFERENCE = '$latest-reference';

export interface TurnDraft {
  user: string;
  calls?: ExpectedCall[];
  /** The gold dialogue state after this turn, by hand (slot names as the tracker spells them). */
  state: DialogueState;
  asks?: boolean;
  mention?: string[];
  reply?: string;
}

export interface WalkthroughDraft {
  id: string;
  title: string;
  tags: string[];
  goal: UserGoal;
  turns: TurnDraft[];
  mistakes?: Mistake[];
}

export type WalkthroughRecipe = (kit: RecipeKit) => Promise<WalkthroughDraft>;

export interface RecipeKit {
  data: EvaluationWorld['world']['data'];
  /** Runs the calls in order on a fresh world, as one conversation. */
  simulate(calls: readonly ExpectedCall[]): Promise<ToolResult[]>;
}

const CONVERSATION_ID = 'walkthrough-probe';

async function simulateCalls(calls: readonly ExpectedCall[]): Promise<ToolResult[]> {
  const { tools } = createEvaluationWorld();
  const results: ToolResult[] = [];
  for (const call of calls) {
    results.push(await tools.dispatch(call, { conversationId: CONVERSATION_ID }));
  }
  return results;
}

export function createRecipeKit(): RecipeKit {
  return { data: createEvaluationWorld().world.data, simulate: simulateCalls };
}

/**
 * Runs the expected calls on a fresh world, as one conversation, so LATEST_REFERENCE becomes
 * the reference the world really hands out at that point.
 */
async function resolveCalls(turns: readonly TurnDraft[]): Promise<ExpectedCall[][]> {
  const { tools } = createEvaluationWorld();
  let latest = '';
  const resolved: ExpectedCall[][] = [];
  for (const turn of turns) {
    const calls: ExpectedCall[] = [];
    for (const call of turn.calls ?? []) {
      const args = Object.fromEntries(
        Object.entries(call.arguments).map(([key, value]) => [
          key,
          value === LATEST_REFERENCE ? latest : value,
        ]),
      );
      const concrete = { name: call.name, arguments: args };
      const result = await tools.dispatch(concrete, { conversationId: CONVERSATION_ID });
      const reference = result.ok ? result.data['reference'] : undefined;
      if (tools.get(call.name)?.kind === 'booking' && typeof reference === 'string')
        latest = reference;
      calls.push(concrete);
    }
    resolved.push(calls);
  }
  return resolved;
}

export async function buildWalkthrough(
  recipe: WalkthroughRecipe,
  kit: RecipeKit,
): Promise<Walkthrough> {
  const draft = await recipe(kit);
  const calls = await resolveCalls(draft.turns);
  const turns: WalkthroughTurn[] = draft.turns.map((turn, index) => ({
    user: turn.user,
    expectedCalls: calls[index] ?? [],
    goldState: turn.state,
    ...(turn.mention ? { mention: turn.mention } : {}),
    ...(turn.asks ? { asks: true } : {}),
    ...(turn.reply ? { systemReply: turn.reply } : {}),
  }));
  return {
    id: draft.id,
    title: draft.title,
    tags: draft.tags,
    goal: draft.goal,
    turns,
    ...(draft.mistakes ? { mistakes: draft.mistakes } : {}),
  };
}
