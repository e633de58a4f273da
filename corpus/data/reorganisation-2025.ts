import { z } from 'zod';
import { SuccessorsFileSchema } from '../registry';
import type { Successor } from '../schema';
import provincesJson from './provinces.json';
import reorganisationJson from './reorganisation-2025.json';

/**
 * What changed in 2025, as data: agency successors and the hotline in reorganisation-2025.json,
 * province merges in provinces.json (a maintainer edits those files, not this one). Validated on
 * first use; these facts annotate answers and never replace what a plan says.
 */
const reorganisation = SuccessorsFileSchema.parse(reorganisationJson);

/** Successors of agencies named in the plans, keyed by canonical agency id. */
export const AGENCY_SUCCESSORS: Readonly<Record<string, readonly Successor[]>> = reorganisation.agencySuccessors;

const MergeSchema = z.object({ former: z.string(), now: z.string(), effective: z.string(), basis: z.string(), source: z.string() });

/** Provinces merged on 1/7/2025 (Nghị quyết 202/2025/QH15): former province → new province. */
export const PROVINCE_MERGES: ReadonlyArray<z.infer<typeof MergeSchema>> = z.array(MergeSchema).parse(provincesJson.merges2025);

/** The national child-protection hotline (facts-2025.md). */
export const HOTLINE = reorganisation.hotline;
