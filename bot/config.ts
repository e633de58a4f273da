import { z } from 'zod';

/** Every setting, from the environment, through one schema. All optional: the defaults run offline. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** extra Host header values the web server accepts (a public name behind a proxy), comma-separated */
  ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((h) => h.trim()).filter(Boolean)),
  /** how long a shutdown waits for replies in flight before it closes everything (ms) */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  SEEDS_DIR: z.string().default('seeds'),
  INDEX_DIR: z.string().default('build/index'),
  /** plans a deployment added with `npm run add-plan` (git-ignored); watched while the service runs */
  PLANS_DIR: z.string().default('data/plans'),
  /** the question log (scrubbed questions, answers' ids and outcomes, 👍/👎): on unless "off" */
  LOG_QUESTIONS: z.enum(['on', 'off']).default('on'),
  /** the log's SQLite file, created on first start */
  LOG_DB: z.string().default('data/questions.sqlite'),
  /** Redis shared by several instances: conversations, seen update/message ids, rate limits */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  /** PostgreSQL for the log instead of the SQLite file (postgres://user:pass@host:5432/db) */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional(),
  /** questions and feedback older than this are deleted by the service */
  LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  EMBEDDING_MODEL_DIR: z.string().optional(),
  EMBEDDING_DIMENSION: z.coerce.number().int().positive().default(384),
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  TELEGRAM_WEBHOOK_URL: z.string().url().optional(),
  /** Telegram allows 1–256 characters A–Z a–z 0–9 _ - */
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/).optional(),
  TELEGRAM_API_ROOT: z.string().url().optional(),
  /** how long a /quiz poll stays open (Telegram allows 5–600 s) */
  TELEGRAM_QUIZ_SECONDS: z.coerce.number().int().min(5).max(600).default(60),
  ZALO_APP_ID: z.string().optional(),
  ZALO_OA_SECRET_KEY: z.string().optional(),
  ZALO_OA_ACCESS_TOKEN: z.string().optional(),
  ZALO_API_BASE: z.string().url().optional(),
  /** the refresh token issued with the access token: an expired access token is renewed with it */
  ZALO_REFRESH_TOKEN: z.string().optional(),
  /** the app's secret key (Zalo for Developers → the app's settings), which the refresh sends; not the OA secret key */
  ZALO_APP_SECRET: z.string().optional(),
  /** where the renewed token pair is kept (each refresh token works once): a JSON file, replaced atomically */
  ZALO_TOKEN_FILE: z.string().default('data/zalo-tokens.json'),
  /** Zalo's OAuth address (default https://oauth.zaloapp.com; tests point it at a local server) */
  ZALO_OAUTH_BASE: z.string().url().optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // an empty variable (as .env.example leaves them) means "not set"
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = ConfigSchema.safeParse(cleaned);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new ConfigError(`setting ${i.path.join('.')}: ${i.message}. Fix it in the environment or .env (see .env.example).`);
  }
  // a refresh token is useless without the app secret key the refresh must send: say so at start, not a day later
  if (r.data.ZALO_REFRESH_TOKEN && !r.data.ZALO_APP_SECRET)
    throw new ConfigError('setting ZALO_APP_SECRET: needed with ZALO_REFRESH_TOKEN (the app secret key in the Zalo for Developers console, app settings). Fix it in the environment or .env (see .env.example).');
  return r.data;
}
