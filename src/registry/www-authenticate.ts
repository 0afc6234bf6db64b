/** One challenge from a WWW-Authenticate header: its scheme (lower case) and parameters. */
export interface AuthChallenge {
  scheme: string;
  parameters: Record<string, string>;
}

/**
 * Reads `Bearer realm="…",service="…",scope="…"` and `Basic realm="…"`; several challenges may share a
 * header, separated by commas like the parameters, so a bare word begins a new challenge.
 */
export function parseWwwAuthenticate(header: string): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  const token = /\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*)))?\s*,?/y;
  let match: RegExpExecArray | null;
  while (token.lastIndex < header.length && (match = token.exec(header)) !== null) {
    const [, name = '', assignment, quoted, bare] = match;
    if (assignment === undefined) {
      // `Bearer realm=…`: the scheme and its first parameter are separated by a space, not a comma.
      challenges.push({ scheme: name.toLowerCase(), parameters: {} });
      continue;
    }
    const current = challenges.at(-1);
    if (current) current.parameters[name.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
  }
  return challenges;
}
