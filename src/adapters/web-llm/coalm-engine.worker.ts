import { WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';

// The engine lives here so decoding never blocks the page; the handler answers the main
// thread's CreateWebWorkerMLCEngine proxy.
const handler = new WebWorkerMLCEngineHandler();
self.onmessage = (message: MessageEvent) => {
  handler.onmessage(message);
};
