import { z } from 'zod';
import { ManifestError } from './errors';
import { ManifestEntrySchema } from './manifest';

/**
 * The manifest of plans a deployment added (data/plans/manifest.json by default): the same facts as
 * the seeds' manifest, plus where the plan came from. The texts sit beside it as <id>.txt (the
 * extracted text the parser reads; line numbers in answers refer to it), the original files in
 * originals/, the review reports in reports/. Kept apart from seeds/ so the reference corpus and its
 * golden tests never change when a deployment adds a plan.
 */
export const AddedPlanSchema = ManifestEntrySchema.and(
  z.object({
    /** the file the officer gave, as stored under originals/ */
    original: z.string().min(1),
    format: z.enum(['txt', 'docx', 'pdf', 'scan']),
    addedAt: z.string().min(1),
  }),
);
export type AddedPlan = z.infer<typeof AddedPlanSchema>;

export const DeploymentManifestSchema = z.object({
  version: z.literal(1),
  plans: z.array(AddedPlanSchema),
});
export type DeploymentManifest = z.infer<typeof DeploymentManifestSchema>;

export const emptyDeploymentManifest = (): DeploymentManifest => ({ version: 1, plans: [] });

export function parseDeploymentManifest(json: string, file: string): DeploymentManifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ManifestError(file, `not valid JSON (${(e as Error).message})`, 'Fix the JSON syntax, or remove the file to start an empty list of added plans.');
  }
  const r = DeploymentManifestSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ManifestError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`, 'See corpus/deployment-manifest.ts for the fields; `npm run add-plan` writes them.');
  }
  return r.data;
}
