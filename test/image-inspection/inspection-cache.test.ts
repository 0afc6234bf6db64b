import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImageInspection } from '../../src/image-inspection/image-inspection.js';
import { InspectionCache } from '../../src/image-inspection/inspection-cache.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const INSPECTION: Extract<ImageInspection, { ok: true }> = {
  ok: true,
  reference: 'ghcr.io/acme/operator:v1',
  digest: DIGEST,
  platform: 'linux/amd64',
  binaries: [],
  problems: [],
  cached: false,
};

describe('InspectionCache', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'cgtg-inspection-cache-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('gives back what was put, by digest, marked as cached; nothing for another digest', async () => {
    const cache = new InspectionCache(path.join(directory, 'cache'));
    await cache.put(INSPECTION);
    expect(await cache.get(DIGEST)).toEqual({ ...INSPECTION, cached: true });
    expect(await cache.get(`sha256:${'cd'.repeat(32)}`)).toBeNull();
    expect(readdirSync(path.join(directory, 'cache'))).toEqual([`sha256-${'ab'.repeat(32)}.json`]);
  });

  it('ignores an entry another release wrote, and a damaged one', async () => {
    const cache = new InspectionCache(directory);
    await cache.put(INSPECTION);
    const file = path.join(directory, readdirSync(directory)[0] ?? '');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...stored, tool: '0.0.1' }));
    expect(await cache.get(DIGEST)).toBeNull();
    writeFileSync(file, '{"format":1,');
    expect(await cache.get(DIGEST)).toBeNull();
  });

  it('a directory it cannot write is only slower', async () => {
    const blocked = path.join(directory, 'file');
    writeFileSync(blocked, 'not a directory');
    const cache = new InspectionCache(path.join(blocked, 'cache'));
    await expect(cache.put(INSPECTION)).resolves.toBeUndefined();
    expect(await cache.get(DIGEST)).toBeNull();
  });
});
