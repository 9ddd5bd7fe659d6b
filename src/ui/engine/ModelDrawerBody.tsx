import { useEffect } from 'react';
import { EngineBanner } from './EngineBanner';
import { ModelPanel } from './ModelPanel';

/**
 * What the Model drawer shows: the status line and the Model panel. It is its own chunk, loaded
 * when the drawer first opens, so the page's first script does not carry the panel. Asked to
 * start at the model-server settings, it scrolls there and focuses their first control once it
 * is on screen.
 */
export default function ModelDrawerBody({ section }: { section?: 'server' | undefined }) {
  useEffect(() => {
    if (section !== 'server') return;
    const server = document.querySelector<HTMLElement>('[aria-label="Model server"]');
    server?.scrollIntoView({ block: 'start' });
    server?.querySelector<HTMLElement>('select, input, button')?.focus();
  }, [section]);
  return (
    <>
      <EngineBanner />
      <ModelPanel />
    </>
  );
}
