import { readKustomization, type ManifestProblem } from './manifests';
import { referenceProblems } from './references';
import { schemaProblems } from './schemas';

/** What checking a kustomization found: how many objects it holds and what is wrong with them. */
export interface ManifestCheck {
  readonly objects: number;
  readonly files: number;
  readonly problems: readonly ManifestProblem[];
}

/** Every object of the kustomization in `directory` against its schema, then how the objects refer to each other. */
export async function checkManifests(directory: string): Promise<ManifestCheck> {
  const { manifests, problems } = await readKustomization(directory);
  return {
    objects: manifests.length,
    files: new Set(manifests.map((m) => m.file)).size,
    problems: [...problems, ...(await schemaProblems(manifests)), ...referenceProblems(manifests)],
  };
}
