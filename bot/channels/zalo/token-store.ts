import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * The OA token pair as obtained from Zalo. Each refresh token works once, so the pair a refresh
 * returns is the only one that still works: it is kept where the next start (and, in the shared
 * state, the other instances) will find it.
 */
export const ZaloTokensSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  /** when the access token stops working (ms since the epoch); 0 when Zalo did not say */
  expiresAt: z.number(),
  /** when this pair was obtained (ms since the epoch); 0 for the pair from the settings */
  obtainedAt: z.number(),
  /** fingerprint of the configured pair this chain of refreshes began from (see `seedOf`) */
  seed: z.string(),
});
export type ZaloTokens = z.infer<typeof ZaloTokensSchema>;

export interface TokenStore {
  readonly where: string;
  load(): Promise<ZaloTokens | null>;
  save(tokens: ZaloTokens): Promise<void>;
}

/**
 * A JSON file, written to a temporary file beside it and renamed over it, so a crash mid-write never
 * leaves half a pair (the old one stays). Readable by its owner only: it holds credentials.
 */
export function fileTokenStore(path: string): TokenStore {
  return {
    where: path,
    async load() {
      let raw: string;
      try {
        raw = await readFile(path, 'utf8');
      } catch {
        return null;
      }
      try {
        const r = ZaloTokensSchema.safeParse(JSON.parse(raw));
        return r.success ? r.data : null;
      } catch {
        return null;
      }
    },
    async save(tokens) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await writeFile(tmp, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600, flush: true });
        await rename(tmp, path);
      } catch (e) {
        await rm(tmp, { force: true }).catch(() => {});
        throw e;
      }
    },
  };
}
