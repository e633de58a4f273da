import { z } from 'zod';

/**
 * A Zalo OA webhook event. Zalo user and OA ids are 64-bit numbers: any long integer in the raw JSON
 * is read as a string before parsing, so no id loses digits to floating point. Only what this
 * service reads is declared; every other field of Zalo's many event shapes is ignored.
 */
export const ZaloEventSchema = z.object({
  event_name: z.string(),
  app_id: z.string().optional(),
  timestamp: z.string(),
  sender: z.object({ id: z.string() }).optional(),
  recipient: z.object({ id: z.string() }).optional(),
  /** follow / unfollow: the user, and no sender */
  follower: z.object({ id: z.string() }).optional(),
  message: z
    .object({
      text: z.string().optional(),
      msg_id: z.string().optional(),
      /** anonymous_send_*: the visitor's conversation */
      conversation_id: z.string().optional(),
    })
    .optional(),
});
export type ZaloEvent = z.infer<typeof ZaloEventSchema>;

/** What the signature check needs, read first: an event of a shape we do not know still gets its 200. */
const EnvelopeSchema = z.object({ event_name: z.string(), timestamp: z.string() });

/**
 * What the service does with an event, by its name (Zalo's OA webhook documentation):
 * - text: a question; media: a user_send_* message that is not text (answered: text only);
 * - follow: a welcome; unfollow: nothing to say;
 * - anonymous: anonymous_send_* from a visitor with no user id (the OA message API this service uses
 *   sends to a user_id only): acknowledged and logged;
 * - ignored: everything else, including the OA's own sends (oa_send_*), group and seen events.
 */
export type ZaloEventKind = 'text' | 'media' | 'follow' | 'unfollow' | 'anonymous' | 'ignored';

const MEDIA = {
  image: 'hình ảnh',
  gif: 'ảnh GIF',
  sticker: 'nhãn dán (sticker)',
  audio: 'tin nhắn thoại',
  video: 'video',
  file: 'tệp đính kèm',
  location: 'vị trí',
  link: 'đường link',
  business_card: 'danh thiếp',
} as const;

export function eventKind(name: string): ZaloEventKind {
  if (name === 'user_send_text') return 'text';
  if (name === 'follow') return 'follow';
  if (name === 'unfollow') return 'unfollow';
  if (name.startsWith('anonymous_send_')) return 'anonymous';
  if (name.startsWith('user_send_') && name.slice('user_send_'.length) in MEDIA) return 'media';
  return 'ignored';
}

/** "hình ảnh", "nhãn dán (sticker)"… for a media event's reply */
export function mediaName(name: string): string {
  return MEDIA[name.slice('user_send_'.length) as keyof typeof MEDIA] ?? 'loại tin nhắn này';
}

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

/** The signed envelope (null: not a Zalo event) and the event as this service reads it (null: a shape it does not know). */
export function parseZaloEvent(raw: string): { envelope: z.infer<typeof EnvelopeSchema>; event: ZaloEvent | null } | null {
  let data: unknown;
  try {
    data = JSON.parse(quoteBigIntegers(raw), (_k, v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v));
  } catch {
    return null;
  }
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) return null;
  const r = ZaloEventSchema.safeParse(data);
  return { envelope: envelope.data, event: r.success ? r.data : null };
}
