import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../app-store-context';

/**
 * A link may propose a model server (?engine=openai&baseUrl=...). Nothing is sent there until
 * the person reads where their messages would go and agrees.
 */
export function ServerLinkConfirm() {
  // The server's fields and the actions this view calls, by selector.
  const engine = useAppStore(
    useShallow((state) => ({
      server: state.engine.server,
      confirmServerLink: state.engine.confirmServerLink,
      dismissServerLink: state.engine.dismissServerLink,
    })),
  );
  const { pendingLink, linkError } = engine.server;
  if (linkError)
    return (
      <div role="alert" className="server-link-confirm">
        <p>{linkError}</p>
        <button type="button" onClick={() => engine.dismissServerLink()}>
          Dismiss
        </button>
      </div>
    );
  if (!pendingLink) return null;
  return (
    <section
      role="alertdialog"
      aria-label="Use the model server from this link?"
      className="server-link-confirm"
    >
      <p>
        This link asks to use the model server at <strong>{pendingLink.baseUrl}</strong>
        {pendingLink.model ? (
          <>
            {' '}
            (model <strong>{pendingLink.model}</strong>)
          </>
        ) : null}
        . If you agree, every message you send from now on goes to that server. Only agree if you
        know and trust it.
      </p>
      <button type="button" onClick={() => void engine.confirmServerLink()}>
        Send my messages to {new URL(pendingLink.baseUrl).host}
      </button>
      <button type="button" onClick={() => engine.dismissServerLink()}>
        No, keep my messages here
      </button>
    </section>
  );
}
