import { z } from 'zod';

/**
 * A Zalo OA webhook event. Zalo user and OA ids are 64-bit numbers: any long integer in the raw JSON
 * is read as a string before parsing, so no id loses digits to floating point.
 */
export const ZaloEventSchema = z.object({
  event_name: z.string(),
  app_id: z.string().optional(),
  timestamp: z.string(),
  sender: z.object({ id: z.string() }).optional(),
  recipient: z.object({ id: z.string() }).optional(),
  message: z.object({ text: z.string().optional(), msg_id: z.string().optional() }).optional(),
});
export type ZaloEvent = z.infer<typeof ZaloEventSchema>;

/** Quote integers of 16 or more digits (outside strings) so JSON.parse keeps them exact. */
export function quoteBigIntegers(raw: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += raw[i + 1] ?? '';
        i++;
      } else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      continue;
    }
    const m = /^-?\d{16,}(?![.\deE])/.exec(raw.slice(i, i + 40));
    if (m && !/[\d.]/.test(raw[i - 1] ?? '')) {
      out += `"${m[0]}"`;
      i += m[0].length - 1;
      continue;
    }
    out += c;
  }
  return out;
}

export function parseZaloEvent(raw: string): ZaloEvent | null {
  let data: unknown;
  try {
    data = JSON.parse(quoteBigIntegers(raw), (_k, v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v));
  } catch {
    return null;
  }
  const r = ZaloEventSchema.safeParse(data);
  return r.success ? r.data : null;
}
