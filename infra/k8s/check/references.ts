import type { ManifestProblem, PlacedManifest } from './manifests';

type Labels = Readonly<Record<string, string>>;

const matches = (selector: Labels | undefined, labels: Labels | undefined): boolean =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => labels?.[key] === value);

const field = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), value);

/**
 * What the schemas cannot see: how the objects refer to each other. A Deployment's
 * selector picks its own pods; every Service and PodDisruptionBudget selects some
 * Deployment's pods; every autoscaler scales a Deployment that exists; every ConfigMap and
 * Secret a container reads exists.
 */
export function referenceProblems(placed: readonly PlacedManifest[]): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const named = (kind: string) => new Set(placed.filter((p) => p.manifest.kind === kind).map((p) => p.manifest.metadata?.name));
  const deployments = placed.filter((p) => p.manifest.kind === 'Deployment');
  const podLabels = deployments.map((d) => field(d.manifest, 'spec', 'template', 'metadata', 'labels') as Labels | undefined);
  const configMaps = named('ConfigMap');
  const secrets = named('Secret');
  const deploymentNames = named('Deployment');

  for (const p of placed) {
    const { kind, metadata } = p.manifest;
    const problem = (message: string) => problems.push({ file: p.file, object: `${kind} ${metadata?.name ?? '?'}`, message });
    if (kind === 'Deployment') {
      const selector = field(p.manifest, 'spec', 'selector', 'matchLabels') as Labels | undefined;
      if (!matches(selector, field(p.manifest, 'spec', 'template', 'metadata', 'labels') as Labels | undefined))
        problem("its selector does not match its own pods' labels");
      const containers = (field(p.manifest, 'spec', 'template', 'spec', 'containers') as Array<Record<string, unknown>> | undefined) ?? [];
      for (const source of containers.flatMap((c) => (c.envFrom as Array<Record<string, { name?: string }>> | undefined) ?? [])) {
        const configMap = source.configMapRef?.name;
        const secret = source.secretRef?.name;
        if (configMap && !configMaps.has(configMap)) problem(`reads ConfigMap ${configMap}, which is not among the manifests`);
        if (secret && !secrets.has(secret)) problem(`reads Secret ${secret}, which is not among the manifests`);
      }
    }
    if (kind === 'Service' && !podLabels.some((labels) => matches(field(p.manifest, 'spec', 'selector') as Labels, labels)))
      problem("its selector matches no Deployment's pods");
    if (
      kind === 'PodDisruptionBudget' &&
      !podLabels.some((labels) => matches(field(p.manifest, 'spec', 'selector', 'matchLabels') as Labels, labels))
    )
      problem("its selector matches no Deployment's pods");
    if (kind === 'HorizontalPodAutoscaler' || kind === 'ScaledObject') {
      const target = field(p.manifest, 'spec', 'scaleTargetRef', 'name') as string | undefined;
      if (!target || !deploymentNames.has(target)) problem(`scales ${target ?? 'nothing'}, which is not a Deployment among the manifests`);
    }
  }
  return problems;
}
