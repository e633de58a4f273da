import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Zalo OA event signature: X-ZEvent-Signature is "mac=" + sha256(appId + rawBody + timestamp +
 * OA secret key) in hex, over the raw bytes of the body, where timestamp is the event's own
 * "timestamp" field.
 */
export function zaloMac(appId: string, rawBody: Buffer, timestamp: string, secretKey: string): string {
  return createHash('sha256').update(Buffer.concat([Buffer.from(appId), rawBody, Buffer.from(timestamp), Buffer.from(secretKey)])).digest('hex');
}

export function verifyZaloSignature(header: string | undefined, appId: string, rawBody: Buffer, timestamp: string, secretKey: string): boolean {
  if (!header || !header.startsWith('mac=')) return false;
  const given = Buffer.from(header.slice(4).trim().toLowerCase(), 'utf8');
  const expected = Buffer.from(zaloMac(appId, rawBody, timestamp, secretKey), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
