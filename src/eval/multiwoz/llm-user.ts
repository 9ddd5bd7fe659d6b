/**
 * A simulated user played by a language model (any ChatModel: the same engine as the agent or
 * another), for live runs: it is told its goal in MultiWOZ's form and the dialogue so far, and
 * writes the user's next line; it ends the dialogue by writing [DONE]. Its acts are not known,
 * so its dialogues are scored with Inform, Success and booking correctness, not JGA.
 */
import type { ChatMessage, ChatModel } from '../../core/model/chat-model';
import type { MultiwozGoal, SimulatedUser, UserTurn } from './dialogue-acts';

const DONE = '[DONE]';

export function describeGoal(goal: MultiwozGoal): string {
  return goal.order
    .map((domain) => {
      const part = goal.goal[domain];
      if (!part) return '';
      const lines = [`- ${domain}: you want ${JSON.stringify(part.info)}`];
      if (part.fail_info)
        lines.push(
          `  first ask for ${JSON.stringify(part.fail_info)}; if nothing matches, accept the above`,
        );
      if (part.book) lines.push(`  book it with ${JSON.stringify(part.book)}`);
      if (part.fail_book)
        lines.push(
          `  first try ${JSON.stringify(part.fail_book)}; if refused, use the booking values above`,
        );
      if (part.reqt.length) lines.push(`  ask for: ${part.reqt.join(', ')}`);
      return lines.join('\n');
    })
    .join('\n');
}

async function complete(model: ChatModel, messages: ChatMessage[]): Promise<string> {
  let text = '';
  for await (const event of model.stream({ messages, maxTokens: 96, temperature: 0 })) {
    if (event.type === 'delta') text += event.text;
    if (event.type === 'done') text = event.result.text;
  }
  return text.trim();
}

export function createLlmUser(goal: MultiwozGoal, model: ChatModel, maxTurns = 12): SimulatedUser {
  const history: ChatMessage[] = [];
  const system: ChatMessage = {
    role: 'system',
    content:
      'You are a customer talking to a Cambridge booking assistant. Reach your goal one step at a time, ' +
      'answer its questions, and say only what a customer would say, in one or two sentences. ' +
      `When everything is done, say goodbye and end with ${DONE}.\nYour goal:\n${describeGoal(goal)}`,
  };
  let turns = 0;
  return {
    kind: 'llm',
    async next(agentReply: string): Promise<UserTurn> {
      // Roles are swapped: to the user model, the agent is the one it answers.
      if (agentReply) history.push({ role: 'user', content: agentReply });
      turns += 1;
      const said = await complete(model, [system, ...history]);
      const done = said.includes(DONE) || turns >= maxTurns;
      const text = said.replace(DONE, '').trim() || 'Thank you, goodbye.';
      history.push({ role: 'assistant', content: text });
      return { text, acts: [], done };
    },
  };
}
