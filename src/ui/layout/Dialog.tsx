import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the browser's own <dialog>: showModal() makes the rest of the page inert,
 * keeps Tab inside, closes on Escape and returns focus to the opener, so no focus-trap library
 * is needed. `variant="drawer"` slides it in from the right edge (full screen on a phone);
 * `variant="wide"` takes nearly the whole window, for long text such as an exact prompt.
 */
export function Dialog({
  open,
  onClose,
  title,
  variant = 'sheet',
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  variant?: 'sheet' | 'drawer' | 'wide';
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // Several sheets can be in the page at once (shortcuts, an import question): one id each.
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${variant}`}
      aria-labelledby={titleId}
      onClose={onClose}
      // A click on the backdrop lands on the dialog element itself: it closes, as a sheet should.
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="dialog-close" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="dialog-body">{open && children}</div>
    </dialog>
  );
}
