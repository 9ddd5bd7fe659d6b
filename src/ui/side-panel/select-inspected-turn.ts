import type { Turn } from '../../core/conversation/conversation';
import type { AppState } from '../../store/app-store';

/** The turn the side panel shows: the one the user picked, or else the latest. */
export function selectInspectedTurn(
  state: AppState,
  selectedTurnId: string | null,
): Turn | undefined {
  const turns = state.chat.active?.turns;
  if (!turns) return undefined;
  return (selectedTurnId && turns.find((turn) => turn.id === selectedTurnId)) || turns.at(-1);
}
