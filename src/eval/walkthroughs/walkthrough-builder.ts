/**
 * Walkthroughs are written as recipes over the generated world: venue names come from real
 * searches, failing bookings from probing the world's capacity, references from simulating the
 * expected calls. The builder then derives each turn's gold state from the expected calls, by
 * the core's dialogue-state rule.
 */
import type { DialogueState } from '../../core/conversation/conversation';
import { updateDialogueState } from '../../core/state/dialogue-state';
import type { ToolResult } from '../../core/tools/tool-definition';
import { createEvaluationWorld, type EvaluationWorld } from '../evaluation-world';
import type { ExpectedCall, Mistake, UserGoal, Walkthrough, WalkthroughTurn } from '../walkthrough';

/** Stands for "the reference of the latest successful booking" in a recipe's call arguments. */
export const LATEST_REFERENCE = '$latest-reference';

export interface TurnDraft {
  user: string;
  calls?: ExpectedCall[];
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

interface ResolvedTurn {
  calls: ExpectedCall[];
  /** The gold state after the turn: what the loop tracks when it makes exactly these calls. */
  state: DialogueState;
}

/**
 * Runs the expected calls on a fresh world, as one conversation: LATEST_REFERENCE becomes the
 * reference the world really hands out at that point, and each turn's gold state comes from the
 * same rule the turn loop applies to a validated call (core/state), so gold and tracked state
 * can only differ where the agent did.
 */
async function resolveTurns(turns: readonly TurnDraft[]): Promise<ResolvedTurn[]> {
  const { tools } = createEvaluationWorld();
  let latest = '';
  let state: DialogueState = {};
  const resolved: ResolvedTurn[] = [];
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
      const validation = tools.validate(concrete);
      if (validation.ok)
        state = updateDialogueState(state, validation.tool, validation.arguments, result);
      const reference = result.ok ? result.data['reference'] : undefined;
      if (tools.get(call.name)?.kind === 'booking' && typeof reference === 'string')
        latest = reference;
      calls.push(concrete);
    }
    resolved.push({ calls, state });
  }
  return resolved;
}

export async function buildWalkthrough(
  recipe: WalkthroughRecipe,
  kit: RecipeKit,
): Promise<Walkthrough> {
  const draft = await recipe(kit);
  const resolved = await resolveTurns(draft.turns);
  const turns: WalkthroughTurn[] = draft.turns.map((turn, index) => ({
    user: turn.user,
    expectedCalls: resolved[index]?.calls ?? [],
    expectedState: resolved[index]?.state ?? {},
    ...(turn.mention ? { mention: turn.mention } : {}),
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
