/** The file format a finding came from; the JSON `source` field. */
export type SourceKind =
  | 'go.mod'
  | 'go.work'
  | 'vendor/modules.txt'
  | 'go.sum'
  | 'client-go-source'
  | 'Gopkg.lock'
  | 'Gopkg.toml'
  | 'glide.yaml'
  | 'glide.lock'
  | 'Godeps.json'
  | 'vendor.json'
  | 'Dockerfile'
  | 'go-binary';
