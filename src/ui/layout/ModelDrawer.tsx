import { lazy, Suspense, useEffect, useRef } from 'react';
import { useAppStore } from '../app-store-context';
import { Dialog } from './Dialog';

const ModelDrawerBody = lazy(() => import('../engine/ModelDrawerBody'));

/**
 * The Model panel as a drawer over the chat, so that choosing a model never pushes the
 * conversation out of view. It carries the engine's status line while open (the header's is
 * behind it) and closes by itself once a model is ready, handing the person back to the chat.
 */
export function ModelDrawer({
  open,
  section,
  onClose,
}: {
  open: boolean;
  /** Where to start reading: the model-server settings, for "Connect to a model server". */
  section?: 'server' | undefined;
  onClose: () => void;
}) {
  const status = useAppStore((state) => state.engine.status);
  const previous = useRef(status);
  useEffect(() => {
    const became = previous.current !== status;
    previous.current = status;
    if (open && became && status === 'ready') onClose();
  }, [open, status, onClose]);
  return (
    <Dialog open={open} onClose={onClose} title="Model" variant="drawer">
      <Suspense fallback={<p className="muted">Opening the Model panel…</p>}>
        <ModelDrawerBody section={section} />
      </Suspense>
    </Dialog>
  );
}
