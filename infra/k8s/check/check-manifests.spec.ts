import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkManifests } from './check-manifests';

const manifestsDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch: string[] = [];
afterAll(() => Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true }))));

async function kustomization(files: Record<string, string>): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'rapport-k8s-'));
  scratch.push(directory);
  const resources = Object.keys(files).filter((f) => f !== 'kustomization.yaml');
  await writeFile(join(directory, 'kustomization.yaml'), files['kustomization.yaml'] ?? `resources: [${resources.join(', ')}]\n`);
  for (const [file, text] of Object.entries(files)) await writeFile(join(directory, file), text);
  return directory;
}

const deployment = (replicas: string, podLabel = 'web') => `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: ${podLabel} } }
    spec:
      containers:
        - name: web
          image: web:1
          envFrom: [{ configMapRef: { name: settings } }]
`;

describe('the Kubernetes manifests', () => {
  it("are valid against Kubernetes' and KEDA's schemas and refer only to each other", async () => {
    const check = await checkManifests(manifestsDirectory);
    expect(check.problems).toEqual([]);
    expect(check.files).toBe(4);
    expect(check.objects).toBeGreaterThanOrEqual(10);
  });

  it('are refused with the object and the reason when a field has the wrong type or a reference leads nowhere', async () => {
    const directory = await kustomization({
      'web.yaml': `${deployment('"two"', 'other')}---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
---
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: { name: web }
spec:
  scaleTargetRef: { name: api }
  triggers: [{ type: kafka, metadata: { topic: events } }]
`,
      'kustomization.yaml': 'resources: [web.yaml, missing.yaml]\n',
    });
    const { problems } = await checkManifests(directory);
    const about = (object: string) => problems.filter((p) => p.object === object).map((p) => p.message);
    expect(problems.filter((p) => p.file === 'missing.yaml').map((p) => p.message)).toEqual(['listed in kustomization.yaml but missing']);
    expect(about('Deployment web').join('\n')).toMatch(/replicas/);
    expect(about('Deployment web')).toContain("its selector does not match its own pods' labels");
    expect(about('Deployment web')).toContain('reads ConfigMap settings, which is not among the manifests');
    expect(about('Service web')).toEqual(["its selector matches no Deployment's pods"]);
    expect(about('ScaledObject web')).toEqual(['scales api, which is not a Deployment among the manifests']);
  });

  it('are refused when a kind is unknown, and pass once the same objects are right', async () => {
    const wrong = await kustomization({
      'web.yaml': `${deployment('2')}---\napiVersion: apps/v1\nkind: Deploymnet\nmetadata: { name: x }\n`,
    });
    expect((await checkManifests(wrong)).problems.map((p) => p.message)).toEqual([
      'apps/v1 Deploymnet is not a kind the schemas know',
      'reads ConfigMap settings, which is not among the manifests',
    ]);
    const right = await kustomization({
      'web.yaml': `${deployment('2')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: settings }\ndata: { A: "1" }\n`,
    });
    expect((await checkManifests(right)).problems).toEqual([]);
  });
});
