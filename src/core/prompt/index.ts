export * from './cra-constants';
export * from './prompt-options';
export { buildPrompt, promptLimit, type PromptContext, type BuiltPrompt } from './build-prompt';
export { chatTurnMessages, chatUserMessage } from './chat-transcript';
export { turnHistoryLines } from './history-lines';
