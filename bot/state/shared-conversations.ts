import type { SessionStore, ConversationState } from '../answer/conversation';
import type { Assistant } from '../assistant';
import type { SharedState } from './shared-state';

/**
 * Follow-ups across instances: before a question is answered, the conversation is read from the
 * shared state into this instance's session store; after, it is written back (2 h, as in memory).
 * A wrapper around the Assistant: the engine keeps its synchronous session store.
 */
export const CONVERSATION_TTL_SECONDS = 2 * 3600;

export function withSharedConversations(inner: Assistant, sessions: SessionStore, state: SharedState): Assistant {
  const key = (session: string) => `conv:${session}`;
  const pull = async (session: string) => {
    const shared = await state.load<ConversationState>(key(session));
    const mine = sessions.peek(session);
    if (shared && (!mine || shared.updatedAt > mine.updatedAt)) sessions.restore(session, shared);
  };
  const push = async (session: string) => {
    const mine = sessions.peek(session);
    if (mine) await state.save(key(session), mine, CONVERSATION_TTL_SECONDS);
  };
  return {
    ...inner,
    async ask(input) {
      if (input.session) await pull(input.session);
      const r = await inner.ask(input);
      if (input.session) await push(input.session);
      return r;
    },
    setProvince(session, province) {
      const ok = inner.setProvince(session, province);
      if (ok) void push(session);
      return ok;
    },
  };
}
