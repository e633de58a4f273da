/**
 * `npm start`: the web chat on 127.0.0.1 (PORT, default 3000) with no configuration, offline;
 * Telegram and Zalo too when their settings are present. Clean shutdown on SIGINT/SIGTERM.
 */
import { CorpusParseError, ManifestError } from '../corpus/errors';
import { createApp } from './app';
import { ConfigError, parseConfig } from './config';
import { openQuestionLog } from './log/open-log';
import { startServices } from './services';
import { openSharedState } from './state/open-state';

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const app = await createApp(config);
  const shared = await openSharedState(config, app);
  const questionLog = await openQuestionLog(config, shared.assistant);
  const services = await startServices(app, undefined, { assistant: questionLog?.assistant ?? shared.assistant, state: shared.state });
  if (config.REDIS_URL) console.log(`Shared state: Redis (${shared.state.health().status})`);
  console.log(questionLog ? `Question log: ${config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : config.LOG_DB} (kept ${config.LOG_RETENTION_DAYS} days; LOG_QUESTIONS=off turns it off)` : 'Question log: off');
  const { corpus } = app.engine;
  console.log(`Trợ lý kế hoạch quyền trẻ em: ${corpus.plans.length} kế hoạch (${corpus.plans.map((p) => p.plan.province).join(', ')}).`);
  console.log(`Web chat: ${services.url}`);
  if (services.telegram) console.log('Telegram: on');
  if (config.ZALO_APP_ID) console.log(`Zalo webhook: ${services.url}zalo/webhook`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down…`);
    // services.stop() keeps the deadline itself; this is the backstop should anything still hang
    const backstop = config.SHUTDOWN_TIMEOUT_MS + 2000;
    setTimeout(() => {
      console.error(`${signal}: not stopped after ${backstop / 1000} s; exiting now`);
      process.exit(1);
    }, backstop).unref();
    services
      .stop()
      .then(() => questionLog?.close())
      .then(() => shared.state.close())
      .then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof CorpusParseError || err instanceof ManifestError || err instanceof ConfigError) {
    console.error(`start: ${err.message}`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
