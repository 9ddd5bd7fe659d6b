// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, useAppStoreThrottled } from './app-store-context';
import { fakeAppStore, makeConversation, makeTurn } from './testing/fake-app-store';

afterEach(cleanup);

describe('useAppStoreThrottled', () => {
  it('renders the latest value but not once per update', async () => {
    const store = fakeAppStore({ active: makeConversation([makeTurn('t1')]) });
    let renders = 0;
    function Title() {
      renders += 1;
      const title = useAppStoreThrottled((state) => state.chat.active?.title);
      return <p>{title}</p>;
    }
    render(
      <AppStoreProvider store={store}>
        <Title />
      </AppStoreProvider>,
    );
    const rendersAfterMount = renders;
    for (let index = 0; index < 500; index += 1) {
      act(() => {
        const chat = store.getState().chat;
        store.setState({ chat: { ...chat, active: makeConversation([], { title: `t${index}` }) } });
      });
    }
    await waitFor(() => expect(screen.getByText('t499')).toBeTruthy());
    expect(renders - rendersAfterMount).toBeLessThan(10);
  });
});
