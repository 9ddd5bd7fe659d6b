// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fakeAppStore,
  makeConversation,
  makeTurn,
  renderWithStore,
  replaceTurn,
} from '../testing/fake-app-store';
import { MessageList } from './MessageList';

const markdownRenders = vi.hoisted(() => new Map<string, number>());
vi.mock('../markdown/Markdown', () => ({
  Markdown: ({ text }: { text: string }) => {
    markdownRenders.set(text, (markdownRenders.get(text) ?? 0) + 1);
    return <div>{text}</div>;
  },
}));

afterEach(() => {
  cleanup();
  markdownRenders.clear();
});

const noop = () => {};

describe('MessageList', () => {
  it('is a polite live log that holds announcements while a reply streams', () => {
    const store = fakeAppStore({ busy: true, active: makeConversation([makeTurn('t1')]) });
    renderWithStore(<MessageList selectedTurnId={null} onSelectTurn={noop} />, store);
    const log = screen.getByRole('log', { name: 'Messages' });
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(log.getAttribute('aria-busy')).toBe('true');
  });

  it('re-renders only the streaming turn while tokens arrive', async () => {
    const streaming = makeTurn('t2', { status: 'streaming', reply: '' });
    const store = fakeAppStore({
      busy: true,
      active: makeConversation([makeTurn('t1'), streaming]),
    });
    renderWithStore(<MessageList selectedTurnId="t1" onSelectTurn={noop} />, store);
    const rendersBefore = markdownRenders.get('answer t1');
    let reply = '';
    for (let token = 0; token < 200; token += 1) {
      reply += `word${token} `;
      act(() => replaceTurn(store, { ...streaming, reply }));
    }
    await waitFor(() => expect(screen.getByText(/word199/)).toBeTruthy());
    expect(markdownRenders.get('answer t1')).toBe(rendersBefore);
  });

  it('marks an interrupted turn and keeps its partial text', () => {
    const turn = makeTurn('t1', { status: 'interrupted', reply: 'I found three Ital' });
    renderWithStore(
      <MessageList selectedTurnId={null} onSelectTurn={noop} />,
      fakeAppStore({ active: makeConversation([turn]) }),
    );
    expect(screen.getByText('interrupted')).toBeTruthy();
    expect(screen.getByText('I found three Ital')).toBeTruthy();
  });

  it('shows a streaming reply as literal text', () => {
    const hostile = '<img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>';
    const turn = makeTurn('t1', { status: 'streaming', reply: hostile });
    const { container } = renderWithStore(
      <MessageList selectedTurnId={null} onSelectTurn={noop} />,
      fakeAppStore({ active: makeConversation([turn]) }),
    );
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(container.querySelector('img, script')).toBeNull();
  });
});

describe('a long conversation', () => {
  it('puts only the turns around the view in the document, with room for the rest', () => {
    const turns = Array.from({ length: 1_000 }, (_, index) => makeTurn(`t${index}`));
    const { container } = renderWithStore(
      <MessageList selectedTurnId={null} onSelectTurn={noop} />,
      fakeAppStore({ active: makeConversation(turns) }),
    );
    const rendered = screen.getAllByRole('article');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(30);
    // The spacer after the rendered turns stands for the hundreds that are not.
    const spacer = container.querySelector('.message-list > div:last-child') as HTMLElement;
    expect(parseFloat(spacer.style.height)).toBeGreaterThan(100_000);
  });
});

describe('a finished turn', () => {
  it('shows when it was sent and copies its reply', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const turn = makeTurn('t1', { startedAt: Date.UTC(2026, 0, 5, 9, 30) });
    const { container } = renderWithStore(
      <MessageList selectedTurnId={null} onSelectTurn={noop} />,
      fakeAppStore({ active: makeConversation([turn]) }),
    );
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe(
      '2026-01-05T09:30:00.000Z',
    );
    act(() => screen.getByRole('button', { name: 'Copy reply 1' }).click());
    expect(writeText).toHaveBeenCalledWith('answer t1');
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
  });
});

describe('a failed turn', () => {
  it('says why it failed', () => {
    const turn = makeTurn('t1', {
      status: 'error',
      reply: '',
      steps: [
        {
          index: 0,
          stage: 'action',
          prompt: [],
          raw: '',
          error: 'The scripted model has no output for request 3',
          startedAt: 1,
        },
      ],
    });
    renderWithStore(
      <MessageList selectedTurnId={null} onSelectTurn={noop} />,
      fakeAppStore({ active: makeConversation([turn]) }),
    );
    expect(screen.getByText('failed')).toBeTruthy();
    expect(screen.getByText('The scripted model has no output for request 3')).toBeTruthy();
  });
});

describe('a turn that booked something', () => {
  it('shows the booking reference the tool returned', () => {
    const turn = makeTurn('t1', {
      steps: [
        {
          index: 0,
          stage: 'action',
          prompt: [],
          raw: "Action: ReserveRestaurant(name='fox pasta bar')",
          call: { id: 'call-1', name: 'ReserveRestaurant', arguments: { name: 'fox pasta bar' } },
          result: { ok: true, data: { reference: 'NASJE5KK', name: 'fox pasta bar' } },
          startedAt: 1,
        },
      ],
    });
    renderWithStore(
      <MessageList selectedTurnId={null} onSelectTurn={noop} />,
      fakeAppStore({ active: makeConversation([turn]) }),
    );
    expect(screen.getByText('NASJE5KK')).toBeTruthy();
  });
});
