// The config.yml for Debian's docker-registry (distribution 2.8) serving from a temporary directory on
// 127.0.0.1, shared by the registry tests (test/helpers/local-registry.ts) and the image bench.
import path from 'node:path';

/**
 * Storage under `directory`/storage, no access log, no upload purging; port 0, so the registry picks a free
 * port and logs it (`listening on 127.0.0.1:<port>`) and two registries never race for one.
 * With `htpasswdPath`, every request needs Basic auth from that file.
 */
export function dockerRegistryConfig(directory, options = {}) {
  const auth = options.htpasswdPath ? `auth:\n  htpasswd:\n    realm: cgtg-test\n    path: ${options.htpasswdPath}\n` : '';
  return [
    'version: 0.1',
    'log:',
    '  level: info',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${path.join(directory, 'storage')}`,
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    '  addr: 127.0.0.1:0',
    '  secret: cgtg-test-secret',
    auth,
  ].join('\n');
}
