import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../core/conversation/conversation';
import { conversationToMarkdown } from './conversation-markdown';

const conversation: Conversation = {
  id: 'c1',
  title: 'Dinner',
  createdAt: 0,
  updatedAt: 0,
  profile: 'cra-chat',
  turns: [
    {
      id: 't1',
      user: 'A thai place <b>please</b>',
      reply: 'Try Amber Pho House.',
      status: 'complete',
      startedAt: 0,
      steps: [
        {
          index: 0,
          stage: 'action',
          prompt: [],
          raw: '',
          startedAt: 0,
          thought: 'search first',
          call: { id: 'k1', name: 'FindRestaurants', arguments: { food: 'thai' } },
          observation: "{'count': 1}",
        },
      ],
    },
    { id: 't2', user: 'Thanks', reply: 'You', status: 'aborted', startedAt: 0, steps: [] },
  ],
};

describe('conversationToMarkdown', () => {
  const markdown = conversationToMarkdown(conversation);

  it('writes the user, the folded trace as a list, and the reply', () => {
    expect(markdown).toContain('# Dinner');
    expect(markdown).toContain('## User\n\n> A thai place &lt;b>please&lt;/b>');
    expect(markdown).toContain('<details>\n<summary>Thoughts and actions</summary>');
    expect(markdown).toContain('- Thought: search first');
    expect(markdown).toContain('- Action: `FindRestaurants(food="thai")`');
    expect(markdown).toContain("- Observation: `{'count': 1}`");
    expect(markdown).toContain('## Assistant\n\n> Try Amber Pho House.');
  });

  it('marks turns that did not finish', () => {
    expect(markdown).toContain('## Assistant (aborted)');
    expect(markdown.match(/<details>/g)).toHaveLength(1);
  });

  it('writes the versions shown and counts the others', () => {
    const regenerated: Conversation = {
      ...conversation,
      turns: [
        ...conversation.turns,
        {
          id: 't2b',
          parentId: 't1',
          user: 'Thanks!',
          reply: 'Welcome',
          status: 'complete',
          startedAt: 1,
          steps: [],
        },
      ],
      activeChildren: { t1: 't2' },
    };
    const text = conversationToMarkdown(regenerated);
    expect(text).toContain('2 turns (and 1 in other versions, in the JSON export)');
    expect(text).toContain('> Thanks\n');
    expect(text).not.toContain('Welcome');
  });
});
