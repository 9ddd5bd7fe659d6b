import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import type { EngineAppConfig } from '../web-llm-boundary';

/** The installed package's real prebuilt list, for tests outside this folder (they may not import web-llm). */
export const installedPrebuiltAppConfig = prebuiltAppConfig as EngineAppConfig;
