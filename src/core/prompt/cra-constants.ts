/**
 * The CoALM Conversational ReAct API (CRA) prompt text. These strings are part of the model's
 * trained interface, like a protocol constant: change a byte and the model sees a format it was
 * not trained on. Source: the CoALM-IT training format (see docs/prompt-profiles.md).
 */

export const TASK_BEGIN = '[BEGIN OF TASK INSTRUCTION]';
export const TASK_END = '[END OF TASK INSTRUCTION]';
export const TOOLS_BEGIN = '[BEGIN OF AVAILABLE TOOLS]';
export const TOOLS_END = '[END OF AVAILABLE TOOLS]';
export const FORMAT_BEGIN = '[BEGIN OF FORMAT INSTRUCTION]';
export const FORMAT_END = '[END OF FORMAT INSTRUCTION]';
export const HISTORY_BEGIN = '[BEGIN OF CONVERSATION HISTORY]';
export const HISTORY_END = '[END OF CONVERSATION HISTORY]';

export const ACTION_TASK_TEXT = [
  "You are a helpful conversational assistant who can perform API function calling. Your goal is to understand user queries and respond using the appropriate API functions. In order to complete the user's request, you need to select a tool from the following functions and fill in the correct values for the function parameters. Your specific tasks are:",
  "1. Analyze the user's query within the given dialogue context to identify their intent and relevant details.",
  '2. Make a function/tool call and provide the necessary arguments to meet the request based on the user query.',
  "3. Formulate a natural and coherent response, guiding the conversation towards resolving the user's request.",
].join('\n');

export const RESPONSE_TASK_TEXT = [
  "You are a helpful conversational assistant specializing in understanding user queries and providing accurate, reasoned responses. Your goal is to analyze the user's input, reason about their intent and needs, and provide a coherent and contextually appropriate system response. Your specific tasks are:",
  '- Ensure your response is informative and contextually relevant, guiding the conversation toward successful task completion.',
  "- Analyze the user's input in the context of the conversation history (if available) to identify their intent and relevant details.",
  "- Use logical reasoning to determine the most suitable response, considering the user's needs and the dialogue context.",
  "- Generate a natural and coherent system response to address the user's request or query effectively.",
].join('\n');

export const FORMAT_TEXT =
  'The output MUST strictly adhere to the following structured text format. Example Output API Call Format: function_name(argument1=value1, argument2=value2, ...)';

/** Labels of the history and input lines. */
export const USER_LABEL = 'User:';
export const THOUGHT_LABEL = 'Thought:';
export const ACTION_LABEL = 'Action:';
export const OBSERVATION_LABEL = 'Observation:';
export const SYSTEM_LABEL = 'System:';
export const INPUT_LABEL = 'Input:';

/** Between the instruction blocks, and between the instruction and the input. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * The Llama 3.1 template's default system content that every training sample carried, byte for
 * byte, including the blank line that ends it. A system message of our own follows it directly
 * (the template prepends this block to any system message), so cra-chat's instructions sit after
 * it exactly as the Hugging Face template would place them.
 */
export const TRAINING_SYSTEM_BLOCK =
  'Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n';

/**
 * Label of the one line that stands in for turns dropped from the history. Not a trained label:
 * it only appears once a conversation outgrows its budget.
 */
export const STATE_SUMMARY_LABEL = 'Dialogue state so far:';

/** Appended for the single repair attempt after an unreadable output. */
export function repairNote(reason: string): string {
  return `Note: the previous output could not be read (${reason}). Answer with exactly one line, either Action: function_name(argument1=value1, ...) or System: <your reply to the user>.`;
}

/** cra-chat only: the one line in the system message that explains the observation turns. */
export const CHAT_PROTOCOL_TEXT =
  'Each user message starts with User: (the user speaking) or Observation: (the result of your last API call). After an Action you receive an Observation; then answer the user with System: <reply>, or make another Action if one is still needed. Answer with System: directly when no API call is needed.';

export const FALLBACK_REPLY =
  "Sorry, I couldn't work out how to help with that. Could you say it another way?";
export const STEP_LIMIT_REPLY =
  "Sorry, that took more steps than I'm allowed for one message. Could you tell me what matters most so I can try again?";
