import { jsonForLog, logLine, logLines } from '../../src/report/log-line.js';
import { forgedRunnerCommands } from '../helpers/runner-commands.js';

const HOSTILE = [
  'dir\n::error::forged',
  'dir\r::error::forged',
  'dir\r\n::add-mask::x',
  '::stop-commands::tok',
  '  \t::error::forged',
  '\u00a0\u3000::error::forged',
  '\u2028::error::forged',
  '\u0085::warning::forged',
  '::ERROR::forged',
  'prefix ##[error]forged',
  '###[warning]forged',
  '##[add-mask]x',
  '\u001b[31mred\u001b[0m',
  '\u001b]8;;https://evil.example\u0007link',
  'rtl \u202Eesrever\u202C \u2066iso\u2069',
  'bell\u0007 del\u007f csi\u009b',
];

describe('logLine', () => {
  it('faces names the runner would take as commands (the model of its parser is not vacuous)', () => {
    for (const text of HOSTILE.slice(0, 12)) expect(forgedRunnerCommands(text)).not.toEqual([]);
  });

  it.each(HOSTILE)('leaves no runner command and no control character in %j', (text) => {
    const line = logLine(text);
    expect(line.split(/\r\n|\r|\n/)).toHaveLength(1);
    expect(forgedRunnerCommands(line)).toEqual([]);
    // eslint-disable-next-line no-control-regex -- the characters that must not reach the log
    expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });

  it('shows what it neutralises, readably', () => {
    expect(logLine('a\n::error::forged')).toBe('a\\n::error::forged');
    expect(logLine('::error::forged')).toBe('\\x3A:error::forged');
    expect(logLine(' \t::add-mask::x')).toBe(' \t\\x3A:add-mask::x');
    expect(logLine('x ##[error]forged')).toBe('x #\\x23[error]forged');
    expect(logLine('\u001b[31mred')).toBe('\\x1B[31mred');
    expect(logLine('\u202Etxt.exe')).toBe('\\u202Etxt.exe');
  });

  it('changes nothing in ordinary text, nor `::` or `#` that open no command', () => {
    for (const text of ['k8s.io/client-go v0.20.0 → v0.20.0', 'diagnostic: a/go.mod:3: replace path ../x', 'std::string and # [x] and ## [y]', 'a::b']) {
      expect(logLine(text)).toBe(text);
    }
  });

  it('is idempotent, so text a renderer escaped is not escaped twice', () => {
    for (const text of HOSTILE) expect(logLine(logLine(text))).toBe(logLine(text));
  });

  it('keeps the SGR colours of the text renderer when asked, and shows every other escape', () => {
    expect(logLine('\u001b[1mfile\u001b[22m \u001b]0;title\u0007', { keepColour: true })).toBe('\u001b[1mfile\u001b[22m \\x1B]0;title\\x07');
    expect(logLine('\u001b[1m##[error]x', { keepColour: true })).toBe('\u001b[1m#\\x23[error]x');
  });
});

describe('logLines', () => {
  it('keeps each line break and neutralises each line', () => {
    expect(logLines('ok\n::error::x\n##[warning]y\n')).toBe('ok\n\\x3A:error::x\n#\\x23[warning]y\n');
  });
});

describe('jsonForLog', () => {
  const hostileValue = { file: 'a/##[error]forged/go.mod', reason: HOSTILE, nested: [{ '::error::key': '\u2028\u0085\u202E' }] };

  it.each([
    ['compact', JSON.stringify(hostileValue)],
    ['pretty', JSON.stringify(hostileValue, null, 2)],
  ])('keeps %s JSON the same value, with nothing a runner or terminal acts on', (_label, json) => {
    const shown = jsonForLog(json);
    expect(JSON.parse(shown)).toEqual(hostileValue);
    for (const line of shown.split(/\r\n|\r|\n/)) expect(forgedRunnerCommands(line)).toEqual([]);
    expect(shown).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });
});
