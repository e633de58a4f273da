import { z } from 'zod';
import { ManifestError } from './errors';
import { AgencySchema, SuccessorSchema, type Agency, type Successor } from './schema';

/**
 * The agency registry as data (corpus/data/agencies.json, and a deployment's own additions in
 * <PLANS_DIR>/agencies.json): validated here, with each agency's 2025 successors attached from
 * reorganisation-2025.json. Pure: the caller reads the files. A malformed file names the file and
 * the entry, so a maintainer can fix it without reading code.
 */
export const AgencyEntrySchema = AgencySchema.omit({ successors: true }).extend({ kind: z.enum(['agency', 'group']) });
export type AgencyEntry = z.infer<typeof AgencyEntrySchema>;

export const RegistryFileSchema = z.object({
  about: z.string().optional(),
  agencies: z.array(AgencyEntrySchema),
  /** a deployment's extra spellings for registry agencies: id → aliases */
  aliases: z.record(z.string(), z.array(z.string().min(1))).optional(),
});
export type RegistryFile = z.infer<typeof RegistryFileSchema>;

export const SuccessorsFileSchema = z.object({
  about: z.string().optional(),
  agencySuccessors: z.record(z.string(), z.array(SuccessorSchema)),
  hotline: z.object({ number: z.string(), text: z.string(), emergency: z.string(), source: z.string() }),
});

function problem(file: string, err: z.ZodError): ManifestError {
  const i = err.issues[0]!;
  return new ManifestError(file, `${i.path.join('.') || '(root)'}: ${i.message}`, 'Each agency needs an id (a-z, 0-9, -), a name, a kind ("agency" or "group") and a list of aliases; see corpus/data/agencies.json.');
}

export function parseRegistryFile(data: unknown, file: string): RegistryFile {
  const r = RegistryFileSchema.safeParse(data);
  if (!r.success) throw problem(file, r.error);
  return r.data;
}

/**
 * The registry: the shipped entries, then a deployment's (a new id adds a body; `aliases` adds
 * spellings to an existing one), each with its successors. Two entries claiming the same id or the
 * same spelling are refused: one name must mean one body.
 */
export function buildRegistry(files: Array<{ file: string; data: RegistryFile }>, successors: Readonly<Record<string, readonly Successor[]>>): Agency[] {
  const out = new Map<string, Agency>();
  const spelling = new Map<string, string>();
  const claim = (name: string, id: string, file: string) => {
    const k = name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    const owner = spelling.get(k);
    if (owner && owner !== id) throw new ManifestError(file, `"${name}" is already a name of ${owner}`, 'One name must mean one body: remove it from one of the two entries.');
    spelling.set(k, id);
  };
  for (const { file, data } of files) {
    for (const e of data.agencies) {
      if (out.has(e.id)) throw new ManifestError(file, `agency id ${e.id} is defined twice`, 'Give the new body its own id, or add spellings of an existing body under "aliases".');
      for (const n of [e.name, ...e.aliases]) claim(n, e.id, file);
      out.set(e.id, { ...e, successors: [...(successors[e.id] ?? [])] });
    }
    for (const [id, aliases] of Object.entries(data.aliases ?? {})) {
      const a = out.get(id);
      if (!a) throw new ManifestError(file, `aliases for unknown agency id ${id}`, 'Use an id from corpus/data/agencies.json, or add the body under "agencies".');
      for (const n of aliases) claim(n, id, file);
      a.aliases = [...a.aliases, ...aliases.filter((n) => !a.aliases.includes(n))];
    }
  }
  return [...out.values()];
}
