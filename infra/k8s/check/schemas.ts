import type { ManifestProblem, PlacedManifest } from './manifests';

interface Model {
  validate(): void;
}
type ModelClass = new (data: object) => Model;

/**
 * The model of an apiVersion and kind: Kubernetes' own kinds from `kubernetes-models`
 * (generated from the API's OpenAPI schemas), KEDA's from `@kubernetes-models/keda`
 * (generated from its CRDs). Null for a kind neither knows.
 */
async function modelOf(apiVersion: string, kind: string): Promise<ModelClass | null> {
  const module = apiVersion.startsWith('keda.sh/')
    ? `@kubernetes-models/keda/${apiVersion}/${kind}`
    : `kubernetes-models/${apiVersion}/${kind}`;
  try {
    return ((await import(module)) as Record<string, ModelClass | undefined>)[kind] ?? null;
  } catch {
    return null;
  }
}

/** Every object checked against the schema of its apiVersion and kind. */
export async function schemaProblems(placed: readonly PlacedManifest[]): Promise<ManifestProblem[]> {
  const problems: ManifestProblem[] = [];
  for (const { file, manifest } of placed) {
    const object = `${manifest.kind ?? '?'} ${manifest.metadata?.name ?? '?'}`;
    if (!manifest.apiVersion || !manifest.kind) {
      problems.push({ file, object, message: 'has no apiVersion or kind' });
      continue;
    }
    const Model = await modelOf(manifest.apiVersion, manifest.kind);
    if (!Model) {
      problems.push({ file, object, message: `${manifest.apiVersion} ${manifest.kind} is not a kind the schemas know` });
      continue;
    }
    try {
      new Model(manifest).validate();
    } catch (error) {
      problems.push({ file, object, message: (error as Error).message });
    }
  }
  return problems;
}
