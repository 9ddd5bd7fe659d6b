// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestStore } from '../../store/testing/harness';
import { createPlannedRunTurn } from '../../store/testing/planned-run-turn';
import { renderWithStore } from '../testing/fake-app-store';
import { MessageList } from './MessageList';

afterEach(cleanup);

describe('a turn on screen, through the real store and loop', () => {
  it('is the same element while streaming and once complete, so a selection survives', async () => {
    let release = () => {};
    const paused = new Promise<void>((resolve) => (release = resolve));
    const { runTurn } = createPlannedRunTurn([
      // The reply pauses half-way, so the test can look at the turn while it streams.
      {
        replyChunks: ['Kohinoor is ', 'cheap.'],
        beforeChunk: (index) => (index === 1 ? paused : undefined),
      },
    ]);
    const { store, chat } = buildTestStore({ runTurn });
    await chat().init();
    renderWithStore(<MessageList selectedTurnId={null} onSelectTurn={() => {}} />, store);
    let sending: Promise<unknown> = Promise.resolve();
    act(() => {
      sending = chat().send('Somewhere cheap');
    });
    await waitFor(() => expect(screen.getByText(/Kohinoor is/)).toBeTruthy());
    const streamingTurn = screen.getByRole('article', { name: 'Turn 1' });
    const replyText = screen.getByText(/Kohinoor is/).firstChild;
    if (!replyText) throw new Error('the streaming reply has no text node');
    const selection = document.getSelection();
    selection?.selectAllChildren(streamingTurn);
    expect(chat().active?.turns[0]?.status).toBe('streaming');

    await act(async () => {
      release();
      await sending;
    });

    expect(chat().active?.turns[0]?.status).toBe('complete');
    await waitFor(() => expect(screen.getByText('Kohinoor is cheap.')).toBeTruthy());
    // Not remounted: the very node shown while streaming is still the turn in the document.
    expect(screen.getByRole('article', { name: 'Turn 1' })).toBe(streamingTurn);
    expect(streamingTurn.isConnected).toBe(true);
    expect(selection?.anchorNode).toBe(streamingTurn);
    expect(selection?.containsNode(streamingTurn.firstChild as Node)).toBe(true);
  });
});
