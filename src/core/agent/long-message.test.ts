/**
 * A message longer than the model can take is refused before any model call, with a message
 * that says why and what to do; the whole text is kept in the turn; the refused turn never
 * reaches a later prompt.
 */
import { describe, expect, it } from 'vitest';
import type { PromptProfileId } from '../conversation/conversation';
import { emptyConversation, runScriptedTurn } from './testing/turn-harness';

const HUGE = 'Please find me a table somewhere nice. '.repeat(5200).slice(0, 200_000);

describe.each<PromptProfileId>(['cra-exact', 'cra-chat'])(
  'an over-long message (%s)',
  (profile) => {
    it('is refused before any model call, its whole text kept, with a clear reason', async () => {
      const { model, reason, turn, events } = await runScriptedTurn({
        outputs: ['System: never asked'],
        conversation: emptyConversation(profile),
        userText: HUGE,
        model: { contextWindow: 4096 },
      });
      expect(model.requests).toHaveLength(0);
      expect(reason).toBe('model-error');
      expect(turn.user).toBe(HUGE);
      expect(turn.user.length).toBe(200_000);
      const error = events.find((event) => event.type === 'error');
      expect(error).toMatchObject({ kind: 'message-too-long' });
      expect(turn.steps[0]?.error).toMatch(/too long for the model: 200,000 characters/);
      expect(turn.steps[0]?.error).toMatch(/Nothing was sent to the model/);
    });

    it('keeps the refused turn out of the next prompt', async () => {
      const refused = await runScriptedTurn({
        outputs: [],
        conversation: emptyConversation(profile),
        userText: HUGE,
        model: { contextWindow: 4096 },
      });
      const next = await runScriptedTurn({
        outputs: ['System: Hello!'],
        conversation: { ...emptyConversation(profile), turns: [refused.turn] },
        userText: 'Hi',
        model: { contextWindow: 4096 },
      });
      expect(next.reason).toBe('reply');
      const sent = next.model.requests[0]?.messages.map((message) => message.content).join('\n');
      expect(sent).not.toContain('somewhere nice');
    });

    it('lets a long message through when it fits', async () => {
      const long = 'I would like a quiet table by the window, please. '.repeat(40);
      const { model, reason } = await runScriptedTurn({
        outputs: ['System: Of course.'],
        conversation: emptyConversation(profile),
        userText: long,
        model: { contextWindow: 4096 },
      });
      expect(reason).toBe('reply');
      expect(model.requests).toHaveLength(1);
    });
  },
);
