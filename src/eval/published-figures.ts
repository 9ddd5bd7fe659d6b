/**
 * The CoALM paper's published MultiWOZ 2.4 figures, shown beside our own numbers for reference
 * only: they were measured on MultiWOZ 2.4, other dialogues than these walkthroughs.
 */
export interface PublishedFigure {
  model: string;
  success: number;
  jointGoalAccuracy: number;
}

export const PUBLISHED_FIGURES_NOTE = 'measured on MultiWOZ 2.4, other dialogues';

export const PUBLISHED_FIGURES: readonly PublishedFigure[] = [
  { model: 'CoALM 8B', success: 51.6, jointGoalAccuracy: 30.4 },
  { model: 'Llama 3.1 8B Instruct', success: 19.9, jointGoalAccuracy: 26.3 },
];
