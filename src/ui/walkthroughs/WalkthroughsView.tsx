// STUB: owned by the evaluation work. Mounted by the app layout as the "Walkthroughs" view.
export function WalkthroughsView() {
  return <section aria-label="Walkthroughs">Walkthroughs are coming.</section>;
}
