import { parseManifestDocument } from '../../src/registry/manifest-document.js';

const DIGEST = `sha256:${'b'.repeat(64)}`;
const bytes = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

describe('parseManifestDocument', () => {
  it('tells an OCI index from an image by shape when neither document nor header names a type', () => {
    const index = parseManifestDocument(bytes({ schemaVersion: 2, manifests: [{ digest: DIGEST, size: 1, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }] }), null);
    expect(index).toEqual({
      ok: true,
      document: { kind: 'index', mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [{ mediaType: '', digest: DIGEST, size: 1, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }] },
    });
    const image = parseManifestDocument(bytes({ schemaVersion: 2, config: { digest: DIGEST, size: 2 }, layers: [] }), 'application/json');
    expect(image).toMatchObject({ ok: true, document: { kind: 'image', mediaType: 'application/vnd.oci.image.manifest.v1+json', layers: [] } });
  });

  it('takes the media type from Content-Type when the document has none', () => {
    const image = parseManifestDocument(bytes({ schemaVersion: 2, config: { digest: DIGEST, size: 2 }, layers: [] }), 'application/vnd.docker.distribution.manifest.v2+json; charset=utf-8');
    expect(image).toMatchObject({ ok: true, document: { mediaType: 'application/vnd.docker.distribution.manifest.v2+json' } });
  });

  it.each([
    [bytes({ schemaVersion: 1, fsLayers: [] }), 'schema 1'],
    [Buffer.from('{'), 'not valid JSON'],
    [bytes([]), 'not a JSON object'],
    [bytes({ mediaType: 'text/plain' }), 'neither an image manifest nor an index'],
    [bytes({ config: { digest: 'md5:abc', size: 1 }, layers: [] }), 'config: its digest is not'],
    [bytes({ config: { digest: DIGEST, size: 1 }, layers: [{ digest: DIGEST, size: -1 }] }), 'layers[0]: its size is not'],
    [bytes({ manifests: [null] }), 'manifests[0]: not a descriptor'],
  ])('refuses %s', (document, why) => {
    const result = parseManifestDocument(document, null);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining(why) });
  });
});
