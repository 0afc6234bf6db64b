import fc from 'fast-check';
import { indentation, joinedLines, nastyRun } from './nasty-text.js';

/** Go statements around the token fields, with the comments, literals and braces that could fool a pattern. */
const statement: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('BearerTokenFile: tokenFile,', 'BearerToken: string(token),', 'c.BearerTokenFile = c.BearerTokenFile', 'BearerTokenFile: c.BearerTokenFile,', 'BearerToken: c.BearerToken,', 'conf.BearerTokenFile = ""', 'BearerTokenFile: ``,', 'BearerTokenFile:= x', 'BearerTokenFile == x', '.BearerTokenFile=x') },
  fc.constantFrom('wt = TokenSourceWrapTransport(ts)', 'transport.TokenSourceWrapTransport (x)', 'return &Config{', '}, nil', 'if err != nil {', '}', '{', '{{', '}}', 'token, err := ioutil.ReadFile(tokenFile)', 'tlsClientConfig := TLSClientConfig{}', 'return nil, ErrNotInCluster'),
  fc.tuple(fc.constantFrom('//', '/*', '/* x */', '"', '`', "'", "'\\''", '"\\""'), nastyRun).map(([open, text]) => `${open}${text}`),
  fc.constantFrom('s := "{ BearerTokenFile: x }"', 'r := `}\nBearerTokenFile: tokenFile\n`', "c := '}'", '/* BearerTokenFile: tokenFile */', '// BearerTokenFile: tokenFile'),
  nastyRun,
);

const functionHeader = fc.constantFrom(
  'func InClusterConfig() (*Config, error) {',
  'func InClusterConfig()(*Config,error){',
  'func\tInClusterConfig (\n) (*Config, error)\n{',
  'func (c *Config) TransportConfig() (*transport.Config, error) {',
  'func (c Config) TransportConfig() (*transport.Config, error) {',
  'func(c*Config)TransportConfig()(*transport.Config,error){',
  'func InClusterConfig(',
  'func (c *Config) TransportConfig(',
  'func other() {',
  'func InClusterConfigX() {',
);

const goFunction: fc.Arbitrary<string[]> = fc
  .tuple(functionHeader, fc.array(fc.tuple(indentation, statement).map(([indent, line]) => `${indent}${line}`), { maxLength: 10 }), fc.constantFrom('}', '', '}}', '} // end'))
  .map(([header, body, close]) => [header, ...body, close]);

/** A rest/config.go or rest/transport.go as client-go might have written it, or as a vendoring tool mangled it. */
export const goSourceText: fc.Arbitrary<string> = joinedLines(
  fc
    .tuple(fc.constantFrom('package rest', '', '// package rest', 'package rest // x'), fc.array(goFunction, { maxLength: 4 }), fc.array(statement, { maxLength: 3 }))
    .map(([packageLine, functions, trailing]) => [packageLine, ...functions.flat(), ...trailing]),
);

/** Long runs of the characters the header patterns match one by one, to find backtracking. */
export const backtrackingSource: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('func (', 'func (c ', 'func (c *', 'BearerTokenFile', 'BearerTokenFile :', '.BearerTokenFile ='), fc.constantFrom(' ', '\t', '*', 'c', ' *'), fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 50 }))
  .map(([head, filler, length, repeats]) => `func InClusterConfig() {\n${`${head}${filler.repeat(Math.ceil(length / repeats))}`.repeat(repeats)}\n}`);
