import { configChangeMarkdownLines, configChangeText } from '../../src/report/config-change-wording.js';
import type { ConfigChange } from '../../src/settings/config-diff.js';

const CHANGE: ConfigChange = {
  file: '.github/client-go-token-gate.yml',
  atBase: true,
  atHead: true,
  differences: [
    { kind: 'changed', key: 'fail-on', from: 'outdated', to: 'never' },
    { kind: 'changed', key: 'policy', from: null, to: 'documented' },
    { kind: 'added', key: 'exclude', value: '**' },
  ],
};

describe('config change wording', () => {
  it('lists each difference under the heading, in code spans, and says the base judged the run', () => {
    expect(configChangeMarkdownLines(CHANGE, 'this pull request', '### Heading')).toEqual([
      '### Heading',
      '',
      "**This pull request changes the gate's configuration**: `.github/client-go-token-gate.yml` is edited. This run was judged with the base commit's configuration (`config-from: base`); the changes apply once it is merged.",
      '',
      '- `fail-on`: `outdated` → `never`',
      '- `policy`: (not set) → `documented`',
      '- `exclude` adds `**`',
      '',
    ]);
  });

  it('one line of plain text for the log, values quoted', () => {
    expect(configChangeText(CHANGE, 'this change')).toBe(
      'this change changes the gate\'s configuration (.github/client-go-token-gate.yml is edited): fail-on: "outdated" → "never"; policy: (not set) → "documented"; exclude adds "**". ' +
        "It was judged with the base commit's configuration (config-from: base); the changes apply once merged.",
    );
  });

  it('a file the base does not have says the defaults judged the run', () => {
    const added = { ...CHANGE, atBase: false };
    expect(configChangeText(added, 'this pull request')).toContain('is added: the base commit has none, so the inputs and the defaults judged this run');
  });

  it('hostile values cannot render, break lines or run on: cut, in code spans, 30 shown then a count', () => {
    const hostile: ConfigChange = {
      ...CHANGE,
      differences: Array.from({ length: 40 }, (_, index) => ({ kind: 'added' as const, key: 'ignore' as const, value: `x/** ${index}: <img src=x> @octocat\n::error::pwn ${'y'.repeat(500)}` })),
    };
    const lines = configChangeMarkdownLines(hostile, 'this pull request', '### H');
    const items = lines.filter((line) => line.startsWith('- '));
    expect(items).toHaveLength(31);
    expect(items[30]).toBe('- … and 10 more (compare the file with the base branch)');
    for (const item of items.slice(0, 30)) {
      expect(item).toMatch(/^- `ignore` adds `[^`]+`$/);
      expect(item.length).toBeLessThan(240);
    }
    expect(lines.join('\n')).not.toContain('\n::error');
    expect(configChangeText(hostile, 'this pull request')).not.toContain('\n');
  });
});
