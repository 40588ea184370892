import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/** A Kubernetes object as written in a manifest. */
export interface Manifest {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly metadata?: { readonly name?: string; readonly labels?: Record<string, string> };
  readonly spec?: Record<string, unknown>;
  readonly [field: string]: unknown;
}

/** One manifest's place: the file and the object's kind and name. */
export interface PlacedManifest {
  readonly file: string;
  readonly manifest: Manifest;
}

/** What is wrong with one object, or with how the objects refer to each other. */
export interface ManifestProblem {
  readonly file: string;
  readonly object: string;
  readonly message: string;
}

/** Every object of the files a kustomization lists, in order; a file that is missing or not YAML is a problem. */
export async function readKustomization(directory: string): Promise<{ manifests: PlacedManifest[]; problems: ManifestProblem[] }> {
  const kustomization = parse(await readFile(join(directory, 'kustomization.yaml'), 'utf8')) as { resources?: string[] };
  const manifests: PlacedManifest[] = [];
  const problems: ManifestProblem[] = [];
  for (const file of kustomization.resources ?? []) {
    let text: string;
    try {
      text = await readFile(join(directory, file), 'utf8');
    } catch {
      problems.push({ file, object: '-', message: 'listed in kustomization.yaml but missing' });
      continue;
    }
    for (const document of parseAllDocuments(text)) {
      if (document.errors.length > 0) {
        problems.push({ file, object: '-', message: document.errors.map((e) => e.message).join('; ') });
        continue;
      }
      const manifest = document.toJS() as Manifest | null;
      if (manifest) manifests.push({ file, manifest });
    }
  }
  return { manifests, problems };
}
