import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { Bot } from 'grammy';
import type { App } from './app';
import { createTelegramBot, telegramWebhookHandler } from './channels/telegram/bot';
import { createZaloClient } from './channels/zalo/client';
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

export async function startServices(app: App, log: (line: string) => void = (l) => console.error(l)): Promise<Services> {
  const { config, assistant } = app;
  const pending = new Set<Promise<void>>();

  let telegram: Bot | null = null;
  let telegramRoute: { path: string; handler: ReturnType<typeof telegramWebhookHandler> } | undefined;
  const allowedHosts = [...config.ALLOWED_HOSTS];
  if (config.TELEGRAM_BOT_TOKEN) {
    telegram = createTelegramBot({ token: config.TELEGRAM_BOT_TOKEN, assistant, log, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}) });
    if (config.TELEGRAM_WEBHOOK_URL) {
      const url = new URL(config.TELEGRAM_WEBHOOK_URL);
      const secret = config.TELEGRAM_WEBHOOK_SECRET ?? randomBytes(24).toString('hex');
      telegramRoute = { path: url.pathname, handler: telegramWebhookHandler(telegram, secret) };
      allowedHosts.push(url.host);
      await telegram.api.setWebhook(url.href, { secret_token: secret });
      log(`telegram: webhook set to ${url.href}`);
    }
  }

  const zaloConfigured = Boolean(config.ZALO_APP_ID && config.ZALO_OA_SECRET_KEY && config.ZALO_OA_ACCESS_TOKEN);
  const zalo = zaloConfigured
    ? createZaloWebhook({
        appId: config.ZALO_APP_ID!,
        secretKey: config.ZALO_OA_SECRET_KEY!,
        assistant,
        client: createZaloClient(config.ZALO_API_BASE ?? 'https://openapi.zalo.me', config.ZALO_OA_ACCESS_TOKEN!),
        log,
        pending,
      })
    : undefined;

  const server = createHttpServer({
    assistant,
    host: config.HOST,
    allowedHosts,
    log,
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

  if (telegram && !telegramRoute) {
    const bot = telegram;
    void bot.start({ onStart: (me) => log(`telegram: polling as @${me.username}`) }).catch((e: unknown) => log(`telegram: polling stopped: ${(e as Error).message}`));
  }

  // plans added while the service runs (npm run add-plan) are answered within seconds, without a restart
  const unwatch = watchPlans(resolvePath(config.PLANS_DIR), () => app.reload(), log);

  return {
    server,
    url,
    telegram,
    pending,
    async stop() {
      unwatch();
      if (telegram?.isRunning()) await telegram.stop();
      await Promise.allSettled([...pending]);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
