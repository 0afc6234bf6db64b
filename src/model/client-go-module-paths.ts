/** Module paths under which the upstream client-go is published (the GitHub path is an old alias). */
const CLIENT_GO_PATHS = new Set(['k8s.io/client-go', 'github.com/kubernetes/client-go']);

export function isClientGoModule(modulePath: string): boolean {
  return CLIENT_GO_PATHS.has(modulePath);
}

/**
 * The Kubernetes staging modules, tagged in lockstep with client-go (same v0.X.Y / kubernetes-1.X.Y tags),
 * so a fix must move them together. klog, utils, kube-openapi and the like have their own versions.
 */
const STAGING_MODULES = new Set(
  [
    'api', 'apiextensions-apiserver', 'apimachinery', 'apiserver', 'cli-runtime', 'client-go', 'cloud-provider',
    'cluster-bootstrap', 'code-generator', 'component-base', 'component-helpers', 'controller-manager', 'cri-api',
    'cri-client', 'csi-translation-lib', 'dynamic-resource-allocation', 'endpointslice', 'externaljwt', 'kms',
    'kube-aggregator', 'kube-controller-manager', 'kube-proxy', 'kube-scheduler', 'kubectl', 'kubelet',
    'legacy-cloud-providers', 'metrics', 'mount-utils', 'pod-security-admission', 'sample-apiserver',
    'sample-cli-plugin', 'sample-controller',
  ].map((name) => `k8s.io/${name}`),
);

export function isStagingModule(modulePath: string): boolean {
  return STAGING_MODULES.has(modulePath);
}

/**
 * What the Go-module reading keeps records for: client-go under its paths and every k8s.io module (the
 * staging siblings among them). The resolver reads nothing else from go.mod or go.work requires and replaces.
 */
export function isKubernetesModule(modulePath: string): boolean {
  return modulePath.startsWith('k8s.io/') || isClientGoModule(modulePath);
}
