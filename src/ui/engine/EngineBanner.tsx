// STUB: owned by the engine work. Mounted at the top of the chat: one line that says what answers
// (scripted replies, model loading, ready, an engine error with its retry action). No props.
export function EngineBanner() {
  return null;
}
