// STUB: owned by the evaluation work. Mounted by the app layout as the "Evaluation" view.
export function EvaluationView() {
  return <section aria-label="Evaluation">Evaluation is coming.</section>;
}
