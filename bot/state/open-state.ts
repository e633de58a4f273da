import type { App } from '../app';
import type { Assistant } from '../assistant';
import type { Config } from '../config';
import { redisState } from './redis-state';
import { withSharedConversations } from './shared-conversations';
import { memoryState, type SharedState } from './shared-state';

/** The edge that opens the shared state from the config (main.ts): Redis with REDIS_URL, else memory. */
export async function openSharedState(config: Config, app: App, log: (line: string) => void = (l) => console.error(l)): Promise<{ state: SharedState; assistant: Assistant }> {
  if (!config.REDIS_URL) return { state: memoryState(), assistant: app.assistant };
  const state = await redisState(config.REDIS_URL, log);
  return { state, assistant: withSharedConversations(app.assistant, app.sessions, state) };
}
