import type { ReloadMechanism } from '../model/release.js';
import type { ClientGoSourceVerdict } from './client-go-source-records.js';
import { blankCommentsAndLiterals, findFunctionBody, lineNumberAt } from './go-source-text.js';

export interface ClientGoSourceFiles {
  /** rest/config.go, or null when the tree has none (the 1.4/1.5 layout keeps it under 1.5/rest). */
  restConfigGo: string | null;
  restTransportGo: string | null;
}

const CONFIG_FILE = 'rest/config.go';
const TRANSPORT_FILE = 'rest/transport.go';

const IN_CLUSTER_CONFIG = /\bfunc\s+InClusterConfig\b/;
/** One way to match each receiver spacing (`c *Config`, `c*Config`, `c Config`): `\s+\*?\s*` backtracks quadratically over a run of blanks. */
const TRANSPORT_CONFIG = /\bfunc\s*\(\s*\w+(?:\s+|\s*\*\s*)Config\s*\)\s*TransportConfig\b/;
/** kubernetes/kubernetes#67359: the token source re-reads the file behind a wrapped transport. */
const WRAPS_TOKEN_SOURCE = /\bTokenSourceWrapTransport\s*\(/;
/** A composite-literal field (`BearerTokenFile: x`) or an assignment (`c.BearerTokenFile = x`). */
const SETS_BEARER_TOKEN_FILE = /\bBearerTokenFile\s*:(?!=)\s*([^,}\n]*)|\.BearerTokenFile\s*=(?!=)\s*([^;\n]*)/g;
/** kubernetes/kubernetes#77613: TransportConfig must hand the file path on to transport.Config. */
const COPIES_BEARER_TOKEN_FILE = /\bBearerTokenFile\s*:(?!=)\s*\w+\.BearerTokenFile\b|\.BearerTokenFile\s*=(?!=)\s*\w+\.BearerTokenFile\b/;
const COPIES_BEARER_TOKEN = /\bBearerToken\s*:(?!=)\s*\w+\.BearerToken\b|\.BearerToken\s*=(?!=)\s*\w+\.BearerToken\b/;
const SETS_BEARER_TOKEN = /\bBearerToken\s*:(?!=)|\.BearerToken\s*=(?!=)/;

/** Code with comments and literals blanked, and the part of it a pattern should look at. */
interface CodeRegion {
  code: string;
  start: number;
  end: number;
  /** The line of the function header, or 1 when the region is the whole file. */
  headerLine: number;
}

/**
 * Judges from client-go's own code whether rest.InClusterConfig() re-reads the ServiceAccount token, with
 * the classification of the project's commit tables (domain.md §2.6), but reading code rather than text:
 * comments and strings do not count and formatting does not matter.
 */
export function judgeClientGoSource(files: ClientGoSourceFiles): ClientGoSourceVerdict {
  if (files.restConfigGo === null) {
    return verdict('pre-1.6-layout', CONFIG_FILE, 1, 'rest/config.go is absent, as in the client-go 1.4/1.5 layout, whose InClusterConfig reads the token once');
  }
  const inClusterConfig = functionRegion(files.restConfigGo, IN_CLUSTER_CONFIG);
  if (!inClusterConfig) {
    return verdict('read-once', CONFIG_FILE, 1, 'rest/config.go has no InClusterConfig function, so nothing re-reads the token');
  }
  const wrap = lineOfMatch(inClusterConfig, WRAPS_TOKEN_SOURCE);
  if (wrap !== null) {
    return verdict('wrap-transport', CONFIG_FILE, wrap, `${CONFIG_FILE}:${wrap} InClusterConfig wraps the transport with TokenSourceWrapTransport, which re-reads the token file every few minutes`);
  }
  const setsTokenFile = lineSettingTokenFile(inClusterConfig);
  if (setsTokenFile === null) {
    const line = lineOfMatch(inClusterConfig, SETS_BEARER_TOKEN) ?? inClusterConfig.headerLine;
    return verdict('read-once', CONFIG_FILE, line, `${CONFIG_FILE}:${line} InClusterConfig reads the token once and sets neither BearerTokenFile nor a token-source transport`);
  }
  return judgeTransport(files.restTransportGo, setsTokenFile);
}

/** InClusterConfig sets BearerTokenFile; whether it is re-read depends on TransportConfig passing it on. */
function judgeTransport(restTransportGo: string | null, setsTokenFileLine: number): ClientGoSourceVerdict {
  if (restTransportGo === null) {
    return verdict('bearer-token-file-dropped', CONFIG_FILE, setsTokenFileLine, `${CONFIG_FILE}:${setsTokenFileLine} InClusterConfig sets BearerTokenFile, but there is no rest/transport.go to show it reaches the transport`);
  }
  const transportConfig = functionRegion(restTransportGo, TRANSPORT_CONFIG) ?? wholeFileRegion(restTransportGo);
  const copy = lineOfMatch(transportConfig, COPIES_BEARER_TOKEN_FILE);
  if (copy !== null) {
    return verdict('bearer-token-file', TRANSPORT_FILE, copy, `${TRANSPORT_FILE}:${copy} passes BearerTokenFile on to the transport, which re-reads the token file every minute`);
  }
  const line = lineOfMatch(transportConfig, COPIES_BEARER_TOKEN) ?? transportConfig.headerLine;
  return verdict('bearer-token-file-dropped', TRANSPORT_FILE, line, `${TRANSPORT_FILE}:${line} copies BearerToken but not BearerTokenFile, so the token is read once (kubernetes/kubernetes#77613)`);
}

/** `explanation` starts with the file (and line) that decided, like the record's own example. */
function verdict(mechanism: ReloadMechanism, evidenceFile: string, evidenceLine: number, explanation: string): ClientGoSourceVerdict {
  const reloadsToken = mechanism === 'wrap-transport' || mechanism === 'bearer-token-file';
  return { mechanism, reloadsToken, evidenceFile, evidenceLine, explanation };
}

function functionRegion(source: string, header: RegExp): CodeRegion | null {
  const code = blankCommentsAndLiterals(source);
  const body = findFunctionBody(code, header);
  if (!body) return null;
  return { code, start: body.bodyStart, end: body.bodyEnd, headerLine: lineNumberAt(code, body.headerIndex) };
}

function wholeFileRegion(source: string): CodeRegion {
  const code = blankCommentsAndLiterals(source);
  return { code, start: 0, end: code.length, headerLine: 1 };
}

function lineOfMatch(region: CodeRegion, pattern: RegExp): number | null {
  const match = pattern.exec(region.code.slice(region.start, region.end));
  return match ? lineNumberAt(region.code, region.start + match.index) : null;
}

/** The line where BearerTokenFile gets a value; an empty string literal does not count as one. */
function lineSettingTokenFile(region: CodeRegion): number | null {
  const body = region.code.slice(region.start, region.end);
  for (const match of body.matchAll(SETS_BEARER_TOKEN_FILE)) {
    const value = (match[1] ?? match[2] ?? '').trim();
    if (value !== '' && value !== '""' && value !== '``') return lineNumberAt(region.code, region.start + match.index);
  }
  return null;
}
