import type { GoBuildInfo, GoModuleRecord } from '../../src/extract/go-build-info/build-info-records.js';
import { goBinaryReference, type GoBinaryOrigin } from '../../src/resolve/go-binary-references.js';
import { lineSpan } from '../../src/resolve/source-span.js';

const CLIENT_GO = 'k8s.io/client-go';

function buildInfo(deps: GoModuleRecord[], overrides: Partial<GoBuildInfo> = {}): GoBuildInfo {
  return {
    ok: true,
    format: 'elf',
    goVersion: 'go1.21.5',
    path: 'example.com/app/cmd/app',
    mainModule: { path: 'example.com/app', version: '(devel)', sum: null },
    deps,
    settings: [],
    skipped: [],
    ...overrides,
  };
}

const IN_TREE: GoBinaryOrigin = { at: lineSpan('bin/app', 1), binaryPath: 'bin/app' };

function judged(info: Parameters<typeof goBinaryReference>[0], origin = IN_TREE) {
  const judgement = goBinaryReference(info, origin);
  if (judgement.kind !== 'client-go') throw new Error(`expected a client-go reference, got ${judgement.kind}`);
  return judgement;
}

describe('goBinaryReference', () => {
  it('turns the client-go dep into a reference at line 1 of the binary, naming the toolchain and main module', () => {
    const { reference, resolution } = judged(
      buildInfo([
        { path: 'k8s.io/api', version: 'v0.20.4', sum: 'h1:a' },
        { path: CLIENT_GO, version: 'v10.0.0+incompatible', sum: 'h1:b' },
      ]),
    );
    expect(reference).toMatchObject({
      source: 'go-binary',
      at: { file: 'bin/app', line: 1, column: 1, endLine: 1, endColumn: 1 },
      module: CLIENT_GO,
      declared: 'v10.0.0+incompatible',
      effective: 'v10.0.0+incompatible',
      effectiveModule: CLIENT_GO,
      inferred: false,
      siblings: [{ path: 'k8s.io/api', version: 'v0.20.4' }],
      notes: ['the binary bin/app was built by go1.21.5 from the main module example.com/app'],
      builtBinary: { path: 'bin/app', goVersion: 'go1.21.5', mainModule: 'example.com/app' },
    });
    expect(resolution).toMatchObject({ known: true, release: { kubernetes: '1.13.0' } });
  });

  it('judges what a replacement built: a fork is unknown and named, as a go.mod replace to a fork is', () => {
    const { reference, resolution } = judged(
      buildInfo([{ path: CLIENT_GO, version: 'v10.0.0+incompatible', sum: 'h1:b', replacement: { path: 'example.com/fork', version: 'v1.0.0', sum: 'h1:c', isDirectory: false } }]),
    );
    expect(reference).toMatchObject({ declared: 'v10.0.0+incompatible', effective: 'v1.0.0', effectiveModule: 'example.com/fork' });
    expect(reference.notes).toContain('its build info records k8s.io/client-go v10.0.0+incompatible replaced by example.com/fork v1.0.0');
    expect(resolution).toEqual({ known: false, reason: 'client-go is replaced by the fork example.com/fork v1.0.0, which is not an upstream client-go commit' });
  });

  it('judges an upstream replacement by its version', () => {
    const { reference, resolution } = judged(
      buildInfo([{ path: CLIENT_GO, version: 'v11.0.0+incompatible', sum: 'h1:b', replacement: { path: CLIENT_GO, version: 'v0.15.7', sum: 'h1:c', isDirectory: false } }]),
    );
    expect(reference).toMatchObject({ declared: 'v11.0.0+incompatible', effective: 'v0.15.7', effectiveModule: CLIENT_GO });
    expect(resolution).toMatchObject({ known: true, release: { kubernetes: '1.15.7' } });
  });

  it('a directory replacement has no version to judge', () => {
    const { reference, resolution } = judged(
      buildInfo([{ path: CLIENT_GO, version: 'v10.0.0+incompatible', sum: 'h1:b', replacement: { path: './client-go-fork', version: '(devel)', sum: null, isDirectory: true } }]),
    );
    expect(reference).toMatchObject({ effective: null, effectiveModule: CLIENT_GO, builtBinary: { replacement: { path: './client-go-fork', isDirectory: true } } });
    expect(resolution).toEqual({
      known: false,
      reason: "client-go was built from a local directory (./client-go-fork): the binary's build info carries no version for it",
    });
  });

  it('names the image and digest for a binary inside an image, pointing where the caller says', () => {
    const { reference } = judged(buildInfo([{ path: CLIENT_GO, version: 'v0.15.7', sum: 'h1:b' }]), {
      at: { file: 'Dockerfile', line: 3, column: 6, endLine: 3, endColumn: 30 },
      binaryPath: '/usr/local/bin/operator',
      imageReference: 'ghcr.io/acme/operator:1.2',
      imageDigest: 'sha256:0123',
    });
    expect(reference.at).toEqual({ file: 'Dockerfile', line: 3, column: 6, endLine: 3, endColumn: 30 });
    expect(reference.notes[0]).toBe('the binary /usr/local/bin/operator in the image ghcr.io/acme/operator:1.2@sha256:0123 was built by go1.21.5 from the main module example.com/app');
  });

  it('names the commit the main module was built from, when the build info records it', () => {
    const info = buildInfo([{ path: CLIENT_GO, version: 'v0.15.7', sum: 'h1:b' }], { settings: [{ key: 'vcs.revision', value: '0123456789abcdef0123456789abcdef01234567' }] });
    expect(judged(info).reference.notes).toEqual(['the binary bin/app was built by go1.21.5 from the main module example.com/app at commit 0123456789ab']);
  });

  it('a module build without client-go gives nothing', () => {
    expect(goBinaryReference(buildInfo([{ path: 'k8s.io/api', version: 'v0.20.4', sum: 'h1:a' }]), IN_TREE)).toEqual({ kind: 'no-client-go' });
  });

  it('a build without modules becomes a diagnostic, in either form the reader returns it', () => {
    const message = 'Go binary (go1.19.8) built without modules: build info lists no dependencies, so the client-go inside cannot be judged';
    expect(goBinaryReference(buildInfo([], { goVersion: 'go1.19.8', mainModule: null }), IN_TREE)).toEqual({ kind: 'unusable', message });
    expect(goBinaryReference({ ok: false, reason: 'not-module-build', message: 'x', goVersion: 'go1.19.8' }, IN_TREE)).toEqual({ kind: 'unusable', message });
  });

  it('a file that is no Go binary, or a cut-short one, becomes a diagnostic with the reader\'s reason', () => {
    expect(goBinaryReference({ ok: false, reason: 'not-executable', message: 'not an ELF, Mach-O or PE executable' }, IN_TREE)).toEqual({
      kind: 'unusable',
      message: 'not a Go binary (not an ELF, Mach-O or PE executable); skipped',
    });
    expect(goBinaryReference({ ok: false, reason: 'truncated', message: 'the section table ends past the file' }, IN_TREE)).toEqual({
      kind: 'unusable',
      message: 'Go binary cut short, its build info cannot be read (the section table ends past the file); skipped',
    });
  });
});
