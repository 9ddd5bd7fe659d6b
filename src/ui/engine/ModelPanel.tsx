// STUB: owned by the engine work. Mounted by the app layout: model picker, preflight, progress,
// cached models. Takes no props; reads the engine slice.
export function ModelPanel() {
  return <section aria-label="Model">No model loaded.</section>;
}
