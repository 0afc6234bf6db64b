import { createPathFilter } from '../../src/discover/glob-filter.js';

describe('createPathFilter', () => {
  it('selects everything when include is empty', () => {
    const filter = createPathFilter([], []);
    expect(filter.selects('go.mod')).toBe(true);
    expect(filter.selects('a/b/.hidden/go.mod')).toBe(true);
    expect(filter.excludesDirectory('a')).toBe(false);
  });

  it('matches a pattern without a slash against names at any depth', () => {
    const filter = createPathFilter(['go.mod'], []);
    expect(filter.selects('go.mod')).toBe(true);
    expect(filter.selects('services/billing/go.mod')).toBe(true);
    expect(filter.selects('services/billing/go.sum')).toBe(false);
  });

  it('treats a slashless pattern matching a directory name as the whole tree below it', () => {
    const filter = createPathFilter([], ['vendor']);
    expect(filter.excludesDirectory('vendor')).toBe(true);
    expect(filter.excludesDirectory('svc/vendor')).toBe(true);
    expect(filter.selects('svc/vendor/modules.txt')).toBe(false);
    expect(filter.selects('svc/go.mod')).toBe(true);
  });

  it('matches wildcards in slashless patterns against names only', () => {
    const filter = createPathFilter([], ['*.sum']);
    expect(filter.selects('a/b/go.sum')).toBe(false);
    expect(filter.selects('a/b/go.mod')).toBe(true);
  });

  it('anchors a pattern with a slash at the root', () => {
    const filter = createPathFilter(['services/*/go.mod'], []);
    expect(filter.selects('services/billing/go.mod')).toBe(true);
    expect(filter.selects('other/services/billing/go.mod')).toBe(false);
    expect(filter.selects('services/billing/deep/go.mod')).toBe(false);
  });

  it('anchors a pattern with a leading slash, and ignores ./ and a trailing slash', () => {
    expect(createPathFilter(['/go.mod'], []).selects('go.mod')).toBe(true);
    expect(createPathFilter(['/go.mod'], []).selects('a/go.mod')).toBe(false);
    expect(createPathFilter(['./services'], []).selects('services/a/go.mod')).toBe(true);
    expect(createPathFilter([], ['legacy/']).excludesDirectory('x/legacy')).toBe(true);
  });

  it('includes a whole tree when a pattern names a directory', () => {
    const filter = createPathFilter(['services/billing'], []);
    expect(filter.selects('services/billing/go.mod')).toBe(true);
    expect(filter.selects('services/billing/vendor/modules.txt')).toBe(true);
    expect(filter.selects('services/billingx/go.mod')).toBe(false);
    expect(filter.selects('services/go.mod')).toBe(false);
  });

  it('supports globstars, brace sets and dot-files', () => {
    const filter = createPathFilter(['**/{api,web}/**'], ['**/.cache/**']);
    expect(filter.selects('a/api/go.mod')).toBe(true);
    expect(filter.selects('api/go.mod')).toBe(true);
    expect(filter.selects('a/web/.hidden/go.sum')).toBe(true);
    expect(filter.selects('a/api/.cache/go.mod')).toBe(false);
    expect(filter.selects('a/cli/go.mod')).toBe(false);
  });

  it('lets exclude win over include', () => {
    const filter = createPathFilter(['services/**'], ['services/legacy/**']);
    expect(filter.selects('services/new/go.mod')).toBe(true);
    expect(filter.selects('services/legacy/go.mod')).toBe(false);
  });

  it('only prunes a directory that a pattern matches itself', () => {
    const filter = createPathFilter([], ['services/legacy']);
    expect(filter.excludesDirectory('services/legacy')).toBe(true);
    expect(filter.excludesDirectory('services')).toBe(false);
    expect(filter.excludesDirectory('')).toBe(false);
    expect(filter.excludes('services/legacy/a/go.mod')).toBe(true);
    expect(filter.excludes('services/new/go.mod')).toBe(false);
  });

  it('ignores blank patterns', () => {
    const filter = createPathFilter(['', '  '], ['', '/']);
    expect(filter.selects('a/go.mod')).toBe(true);
  });
});
