import { createHash } from 'node:crypto';
import type { SharedState } from '../../state/shared-state';
import type { TokenStore, ZaloTokens } from './token-store';
import { ZaloTokensSchema } from './token-store';

/**
 * The OA access token the client sends, and its refresh through Zalo's OAuth endpoint
 * (POST {oauthBase}/v4/oa/access_token, header secret_key = the app's secret key, form fields
 * refresh_token, app_id, grant_type=refresh_token; the answer holds access_token, refresh_token and
 * expires_in in seconds). Access tokens last about a day; each refresh token works ONCE, so:
 * - one refresh at a time: in this process (callers share one promise) and across instances (a short
 *   lock in the shared state, and the new pair published there for the others);
 * - the new pair is persisted (the token file and the shared state) before it is used;
 * - a refresh token Zalo refused is never sent again.
 */
export interface TokenSource {
  /** the access token to send now (refreshed first when its expiry has passed) */
  current(): Promise<string>;
  /** the OA API refused `stale` (-216): a new access token, or a ZaloTokenError */
  refresh(stale: string): Promise<string>;
}

/** No usable access token: `reason` says why, `action` what the operator must do. */
export class ZaloTokenError extends Error {
  override readonly name = 'ZaloTokenError';
  constructor(
    readonly reason: string,
    readonly action: string,
  ) {
    super(`${reason}. ${action}`);
  }
}

export const ZALO_OAUTH_BASE = 'https://oauth.zaloapp.com';
const SHARED_KEY = 'zalo-tokens';
const LOCK = 'zalo-token-refresh';
/** refresh tokens last about three months: the shared copy outlives any access token */
const SHARED_TTL_SECONDS = 100 * 24 * 3600;
/** refreshed this long before Zalo's expires_in runs out, so no reply is sent with a dying token */
const EARLY_MS = 60_000;
/** after Zalo could not be reached, wait this long before trying the same refresh token again */
const UNREACHABLE_BACKOFF_MS = 30_000;
/** the ACTION NEEDED line is repeated at most this often while the token stays broken */
const REMIND_MS = 10 * 60_000;

const NEW_PAIR_ACTION =
  'ACTION NEEDED: get a new OA access token and refresh token in the Zalo for Developers console (developers.zalo.me → your app → Official Account: grant the OA again, or Tools → API Explorer → OA access token), put them in ZALO_OA_ACCESS_TOKEN and ZALO_REFRESH_TOKEN and restart; the stored pair is replaced by the new one';

/** Which configured pair a stored chain began from: a new pair in the settings starts a new chain. */
export function seedOf(accessToken: string | undefined, refreshToken: string | undefined): string {
  return createHash('sha256').update(`${accessToken ?? ''}\u0000${refreshToken ?? ''}`).digest('base64url').slice(0, 16);
}

/** A fixed token without refresh (tests, or a deployment that renews the token by hand). */
export function fixedToken(accessToken: string): TokenSource {
  return {
    current: async () => accessToken,
    refresh: async () => {
      throw new ZaloTokenError('the OA access token was refused (expired or revoked) and no ZALO_REFRESH_TOKEN is set to renew it', NEW_PAIR_ACTION);
    },
  };
}

export interface ZaloAuthDeps {
  appId: string;
  /** the app's secret key (sent as `secret_key`), not the OA secret key that signs webhook events */
  appSecret?: string;
  accessToken?: string;
  refreshToken?: string;
  oauthBase?: string;
  /** where the pair is persisted (ZALO_TOKEN_FILE); null keeps it in the shared state only */
  file: TokenStore | null;
  state: SharedState;
  log: (line: string) => void;
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
  /** how long to wait for another instance that holds the refresh lock */
  lockWaitMs?: number;
}

type Refusal = { kind: 'refused' | 'unreachable'; detail: string };

export function createZaloAuth(deps: ZaloAuthDeps): TokenSource {
  const now = deps.now ?? Date.now;
  const fetchImpl = deps.fetch ?? fetch;
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const url = `${(deps.oauthBase ?? ZALO_OAUTH_BASE).replace(/\/$/, '')}/v4/oa/access_token`;
  const seed = seedOf(deps.accessToken, deps.refreshToken);
  let tokens: ZaloTokens = { accessToken: deps.accessToken ?? '', refreshToken: deps.refreshToken ?? '', expiresAt: 0, obtainedAt: 0, seed };
  /** refresh tokens Zalo refused: never sent again */
  const refused = new Set<string>();
  let unreachableUntil = 0;
  let remindedAt = -Infinity;
  let inflight: Promise<string> | null = null;

  const newer = (t: ZaloTokens | null): t is ZaloTokens => Boolean(t && t.seed === tokens.seed && t.obtainedAt > tokens.obtainedAt && t.accessToken);
  const readShared = async (): Promise<ZaloTokens | null> => {
    const r = ZaloTokensSchema.safeParse(await deps.state.load(SHARED_KEY).catch(() => null));
    return r.success ? r.data : null;
  };
  // the newest stored pair of this chain, from the shared state or the file; the settings otherwise
  const loaded = (async () => {
    for (const stored of [await readShared(), await deps.file?.load().catch(() => null)]) if (stored && newer(stored)) tokens = stored;
    if (tokens.obtainedAt > 0) deps.log(`zalo: using the OA token pair obtained ${new Date(tokens.obtainedAt).toISOString()} (stored${deps.file ? ` in ${deps.file.where}` : ''})`);
  })();

  const fail = (reason: string): ZaloTokenError => {
    const err = new ZaloTokenError(reason, NEW_PAIR_ACTION);
    if (now() - remindedAt >= REMIND_MS) {
      remindedAt = now();
      deps.log(`zalo: ${reason}. Zalo users get no replies until this is fixed. ${NEW_PAIR_ACTION}.`);
    } else deps.log(`zalo: no valid OA access token (${reason}); see the ACTION NEEDED line above`);
    return err;
  };

  async function callOAuth(refreshToken: string): Promise<ZaloTokens | Refusal> {
    let res: Response;
    try {
      res = await fetchImpl(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', secret_key: deps.appSecret ?? '' },
        body: new URLSearchParams({ refresh_token: refreshToken, app_id: deps.appId, grant_type: 'refresh_token' }).toString(),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      const why = (e as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e as Error).message;
      return { kind: 'unreachable', detail: `Zalo's OAuth endpoint could not be reached (${why})` };
    }
    const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    if (res.status >= 500 || !body) return { kind: 'unreachable', detail: `Zalo's OAuth endpoint answered ${res.status}${body ? '' : ' without JSON'}` };
    if (typeof body.access_token === 'string' && body.access_token) {
      // Zalo sends expires_in as a string of seconds ("90000")
      const seconds = Number(body.expires_in);
      const at = now();
      return {
        accessToken: body.access_token,
        refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : '',
        expiresAt: Number.isFinite(seconds) && seconds > 0 ? at + seconds * 1000 : 0,
        obtainedAt: Math.max(at, tokens.obtainedAt + 1),
        seed: tokens.seed,
      };
    }
    const code = body.error ?? res.status;
    const text = [body.error_name, body.error_description ?? body.error_reason ?? body.message].filter((x) => typeof x === 'string' && x).join(': ');
    return { kind: 'refused', detail: `Zalo refused the refresh token (error ${String(code)}${text ? `: ${text}` : ''})` };
  }

  async function persist(t: ZaloTokens): Promise<void> {
    const problems: string[] = [];
    await deps.state.save(SHARED_KEY, t, SHARED_TTL_SECONDS).catch((e: Error) => problems.push(`the shared state (${e.message})`));
    if (deps.file) await deps.file.save(t).catch((e: Error) => problems.push(`${deps.file!.where} (${e.message})`));
    if (problems.length > 0)
      deps.log(`zalo: WARNING: the new OA token pair could not be saved to ${problems.join(' or ')}; it works until this process stops, and a restart will then need a new refresh token from the Zalo developer console`);
  }

  async function refreshOnce(stale: string): Promise<string> {
    // another instance (or an earlier call) may have renewed it already
    const shared = await readShared();
    if (newer(shared)) return (tokens = shared).accessToken;
    if (!tokens.refreshToken || !deps.appSecret)
      throw fail(`the OA access token was refused or has expired and ${tokens.refreshToken ? 'ZALO_APP_SECRET (the app secret key the refresh needs) is not set' : 'no refresh token is set (ZALO_REFRESH_TOKEN)'}`);
    if (refused.has(tokens.refreshToken)) throw fail('the OA access token has expired and Zalo already refused the refresh token');
    if (now() < unreachableUntil) throw fail(`the OA access token has expired and Zalo's OAuth endpoint was unreachable moments ago (retried after ${Math.ceil((unreachableUntil - now()) / 1000)} s)`);

    let release = await deps.state.lock(LOCK, Math.ceil(timeoutMs / 1000) + 5);
    // another instance holds the lock: it is spending the refresh token, so wait for the pair it publishes
    const deadline = now() + (deps.lockWaitMs ?? timeoutMs + 5000);
    while (!release) {
      await new Promise((r) => setTimeout(r, 100));
      const s = await readShared();
      if (newer(s)) return (tokens = s).accessToken;
      if (now() > deadline) throw fail('another instance was refreshing the OA access token and published no new one');
      release = await deps.state.lock(LOCK, Math.ceil(timeoutMs / 1000) + 5);
    }
    try {
      // the holder before us may have finished between our read and our lock
      const s = await readShared();
      if (newer(s)) return (tokens = s).accessToken;
      const spent = tokens.refreshToken;
      const r = await callOAuth(spent);
      if ('kind' in r) {
        if (r.kind === 'refused') refused.add(spent);
        else unreachableUntil = now() + UNREACHABLE_BACKOFF_MS;
        throw fail(`the OA access token ${stale ? 'was refused (expired)' : 'is missing'} and could not be refreshed: ${r.detail}${r.kind === 'unreachable' ? ' (if Zalo received the request, that refresh token is spent)' : ''}`);
      }
      await persist(r);
      tokens = r;
      deps.log(`zalo: OA access token refreshed${r.expiresAt ? ` (valid until ${new Date(r.expiresAt).toISOString()})` : ''}; the new pair is saved${deps.file ? ` in ${deps.file.where}` : ''}${deps.state.kind === 'redis' ? ' and in Redis' : ''}`);
      if (!r.refreshToken) deps.log('zalo: WARNING: Zalo returned no new refresh token; the next expiry will need a new pair from the Zalo developer console');
      return r.accessToken;
    } finally {
      await release();
    }
  }

  /** an access token the OA API refused and no refresh replaced: not sent again */
  let refusedAccess = '';
  async function renew(stale: string, refusedByApi: boolean): Promise<string> {
    await loaded;
    if (tokens.accessToken && tokens.accessToken !== stale) return tokens.accessToken;
    inflight ??= refreshOnce(stale).finally(() => (inflight = null));
    try {
      return await inflight;
    } catch (e) {
      if (refusedByApi && stale) refusedAccess = stale;
      throw e;
    }
  }

  const source: TokenSource = {
    refresh: (stale) => renew(stale, true),
    async current() {
      await loaded;
      const usable = Boolean(tokens.accessToken) && tokens.accessToken !== refusedAccess;
      const expired = tokens.expiresAt > 0 && now() >= tokens.expiresAt - EARLY_MS;
      if (usable && !expired) return tokens.accessToken;
      try {
        // a refused token is not sent again, but another instance may have published a new pair meanwhile
        return await renew(tokens.accessToken, false);
      } catch (e) {
        // Zalo's expiry may be generous: a token past it (never refused) is still worth one try rather than silence
        if (usable && e instanceof ZaloTokenError) return tokens.accessToken;
        throw e;
      }
    },
  };
  return source;
}
