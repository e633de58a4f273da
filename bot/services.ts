import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { Bot } from 'grammy';
import type { App } from './app';
import type { Assistant } from './assistant';
import { memoryState, type SharedState } from './state/shared-state';
import { createTelegramBot, inFlightOf, registerCommands } from './channels/telegram/bot';
import { telegramWebhookHandler } from './channels/telegram/webhook';
import { createZaloAuth } from './channels/zalo/access-token';
import { createZaloClient } from './channels/zalo/client';
import { fileTokenStore } from './channels/zalo/token-store';
import { createZaloWebhook } from './channels/zalo/webhook';
import { createHttpServer } from './http/server';
import { watchPlans } from './plan-watcher';
import { resolve as resolvePath } from 'node:path';

/**
 * Starts what the config asks for: always the web chat and API; the Telegram bot when a token is
 * set (long polling, or webhook mode with a secret token when TELEGRAM_WEBHOOK_URL is set); the Zalo
 * webhook when the OA settings are set. `stop()` shuts everything down cleanly.
 */
export interface Services {
  server: Server;
  url: string;
  telegram: Bot | null;
  /** replies still in flight (Zalo answers asynchronously) */
  pending: Set<Promise<void>>;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** the assistant the channels use, when wrapped (the question log); the app's own otherwise */
  assistant?: Assistant;
  /** seen ids and rate limits (Redis when several instances share them); in memory otherwise */
  state?: SharedState;
  /** the web API's per-client allowance (tests that flood from one address raise it) */
  webRate?: { capacity: number; perSecond: number };
}

export async function startServices(app: App, log: (line: string) => void = (l) => console.error(l), options: ServiceOptions = {}): Promise<Services> {
  const { config } = app;
  const assistant = options.assistant ?? app.assistant;
  const state = options.state ?? memoryState();
  const pending = new Set<Promise<void>>();

  let telegram: Bot | null = null;
  let telegramRoute: { path: string; handler: ReturnType<typeof telegramWebhookHandler> } | undefined;
  let webhook: { url: string; secret: string } | null = null;
  const allowedHosts = [...config.ALLOWED_HOSTS];
  if (config.TELEGRAM_BOT_TOKEN) {
    telegram = createTelegramBot({ token: config.TELEGRAM_BOT_TOKEN, assistant, log, state, quiz: { openPeriodSeconds: config.TELEGRAM_QUIZ_SECONDS }, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}) });
    if (config.TELEGRAM_WEBHOOK_URL) {
      const url = new URL(config.TELEGRAM_WEBHOOK_URL);
      const secret = config.TELEGRAM_WEBHOOK_SECRET ?? randomBytes(24).toString('hex');
      telegramRoute = { path: url.pathname, handler: telegramWebhookHandler(telegram, { secretToken: secret, log }) };
      allowedHosts.push(url.host);
      webhook = { url: url.href, secret };
    }
  }

  const zaloConfigured = Boolean(config.ZALO_APP_ID && config.ZALO_OA_SECRET_KEY && (config.ZALO_OA_ACCESS_TOKEN || config.ZALO_REFRESH_TOKEN));
  // the access token, renewed with the refresh token when it expires; the new pair is kept in the file and the shared state
  const zaloTokens = zaloConfigured
    ? createZaloAuth({
        appId: config.ZALO_APP_ID!,
        ...(config.ZALO_APP_SECRET ? { appSecret: config.ZALO_APP_SECRET } : {}),
        ...(config.ZALO_OA_ACCESS_TOKEN ? { accessToken: config.ZALO_OA_ACCESS_TOKEN } : {}),
        ...(config.ZALO_REFRESH_TOKEN ? { refreshToken: config.ZALO_REFRESH_TOKEN } : {}),
        ...(config.ZALO_OAUTH_BASE ? { oauthBase: config.ZALO_OAUTH_BASE } : {}),
        file: fileTokenStore(resolvePath(config.ZALO_TOKEN_FILE)),
        state,
        log,
      })
    : null;
  const zalo = zaloTokens
    ? createZaloWebhook({
        appId: config.ZALO_APP_ID!,
        secretKey: config.ZALO_OA_SECRET_KEY!,
        assistant,
        client: createZaloClient(config.ZALO_API_BASE ?? 'https://openapi.zalo.me', zaloTokens),
        log,
        pending,
        state,
      })
    : undefined;

  const server = createHttpServer({
    assistant,
    state,
    host: config.HOST,
    allowedHosts,
    log,
    ...(options.webRate ? { rate: options.webRate } : {}),
    ...(zalo ? { zalo } : {}),
    ...(telegramRoute ? { telegram: telegramRoute } : {}),
    health: () => ({ plans: app.engine.corpus.plans.length, failedPlans: app.failures.map((f) => ({ plan: f.planId, file: f.file, line: f.line, problem: f.message })) }),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  const url = `http://${host}:${port}/`;

  // registered only once the port is open, and in the background: an unreachable Bot API never
  // keeps the web chat closed; retried with backoff until it succeeds or the service stops
  const stopped = new AbortController();
  if (telegram && webhook) {
    const bot = telegram;
    const { url: hookUrl, secret } = webhook;
    void (async () => {
      for (let attempt = 1, wait = 1000; !stopped.signal.aborted; attempt++, wait = Math.min(wait * 2, 60_000)) {
        try {
          // grammY types its signal with the abort-controller polyfill; the platform one works at run time
          await bot.api.setWebhook(hookUrl, { secret_token: secret }, stopped.signal as unknown as Parameters<typeof bot.api.setWebhook>[2]);
          log(`telegram: webhook set to ${hookUrl}`);
          await registerCommands(bot, log);
          return;
        } catch (e) {
          if (stopped.signal.aborted) return;
          log(`telegram: cannot set the webhook (attempt ${attempt}: ${(e as Error).message.slice(0, 80)}); retrying in ${wait / 1000} s`);
          await new Promise((r) => setTimeout(r, wait).unref());
        }
      }
    })();
  }

  if (telegram && !telegramRoute) {
    const bot = telegram;
    void bot.start({ onStart: (me) => {
      log(`telegram: polling as @${me.username}`);
      void registerCommands(bot, log);
    } }).catch((e: unknown) => log(`telegram: polling stopped: ${(e as Error).message}`));
  }

  // plans added while the service runs (npm run add-plan) are answered within seconds, without a restart
  const unwatch = watchPlans(resolvePath(config.PLANS_DIR), () => app.reload(), log);

  return {
    server,
    url,
    telegram,
    pending,
    async stop() {
      stopped.abort();
      unwatch();
      const deadline = Date.now() + config.SHUTDOWN_TIMEOUT_MS;
      const within = <T>(p: Promise<T>): Promise<boolean> => {
        let timer: NodeJS.Timeout | undefined;
        return Promise.race([p.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), Math.max(0, deadline - Date.now()))))]).finally(() => clearTimeout(timer));
      };
      // no new requests; idle keep-alive sockets go now, busy ones when their answer is sent
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (telegram?.isRunning()) {
        // confirming the offset tells Telegram the updates are done: only once their replies are out.
        // An update still being answered at the deadline is left unconfirmed and delivered again.
        const inFlight = inFlightOf(telegram);
        if (await within(inFlight?.idle() ?? Promise.resolve())) {
          if (!(await within(telegram.stop().catch((e: Error) => log(`telegram: offset not confirmed (${e.message.slice(0, 80)}); Telegram delivers the last updates again`)))))
            log('telegram: Bot API did not answer before the shutdown deadline; the last updates will be delivered again');
        } else {
          log(`telegram: update ${inFlight?.current.join(', ')} still being answered at the shutdown deadline; not confirmed, Telegram will deliver it again`);
        }
      }
      if (!(await within(Promise.allSettled([...pending])))) log(`shutdown: ${pending.size} Zalo repl${pending.size === 1 ? 'y' : 'ies'} abandoned at the ${config.SHUTDOWN_TIMEOUT_MS / 1000} s deadline`);
      if (!(await within(closed))) log('shutdown: open connections closed at the deadline');
      server.closeAllConnections();
      await closed;
    },
  };
}
