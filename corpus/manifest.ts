import { z } from 'zod';
import { ManifestError } from './errors';

/** seeds/manifest.json: what we know about each seed, checked against what the parser reads. */
export const ManifestEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    file: z.string().regex(/^[^/\\]+\.txt$/),
    province: z.string().min(1),
    provinceInferred: z.boolean(),
    /** Why the province is known when the text does not name it. */
    provinceEvidence: z.string().nullable(),
    documentKind: z.enum(['Kế hoạch', 'Quyết định']),
    documentNumber: z.string().nullable(),
    /** As precise as the text gives: "2025-02-10", "2025-04", "2025". */
    issuedDate: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    period: z.string().nullable(),
    /** the decision implemented; its date is null when the plan cites it without one */
    implements: z.object({ number: z.string().min(1), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable() }),
  })
  .refine((e) => !e.provinceInferred || (e.provinceEvidence ?? '').length > 0, {
    message: 'an inferred province needs provinceEvidence',
    path: ['provinceEvidence'],
  });
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const ManifestSchema = z.object({
  version: z.literal(1),
  plans: z.array(ManifestEntrySchema).min(1),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export function parseManifest(json: string, file: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ManifestError(file, `not valid JSON (${(e as Error).message})`, 'Fix the JSON syntax.');
  }
  const result = ManifestSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ManifestError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`, 'See corpus/manifest.ts for the expected fields.');
  }
  const ids = new Set<string>();
  for (const p of result.data.plans) {
    if (ids.has(p.id)) throw new ManifestError(file, `duplicate plan id "${p.id}"`, 'Give each plan its own id.');
    ids.add(p.id);
  }
  return result.data;
}

/** "2025-04" → { year: 2025, month: 4, day: null } */
export function manifestDate(iso: string): { year: number; month: number | null; day: number | null } {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y!, month: m ?? null, day: d ?? null };
}
