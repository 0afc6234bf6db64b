import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { describeAjvErrors, openApiAjv, type OpenApiAjv, type OpenApiDocument } from './openapi-ajv.js';

/**
 * GitHub's REST API description (@octokit/openapi, api.github.com, dereferenced) as a contract for the
 * requests the action sends and the answers the fake API gives: the operation for METHOD + path, its
 * path and query parameters, its JSON request body, the headers GitHub asks every client for, and the
 * response schema for each status. Loaded on first use, once per test file; each operation's validators
 * are compiled the first time it is seen.
 */

/** A request without `X-GitHub-Api-Version` is a violation: GitHub asks every client to pin one, and the action does. */
export const REQUIRE_API_VERSION_HEADER = true;

/**
 * The version the description is written for. It names only the later versions that change an operation
 * (`x-github-breaking-changes`), not this base one.
 */
export const BASE_API_VERSION = '2022-11-28';

const DESCRIPTION_FILE = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.deref.json');
const DOCUMENT_ID = 'api.github.com';

/** `application/vnd.github+json`, its v3 spelling, and the documented custom media types (raw, diff, …). */
const DOCUMENTED_MEDIA_TYPE = /^application\/(json|vnd\.github(\.v3)?(\.(raw|text|html|full|diff|patch|sha|base64|object|star))?(\+json)?)$/;

export interface ApiRequest {
  method: string;
  /** Without the query string: /repos/octo/repo/check-runs. */
  path: string;
  query: Record<string, string>;
  /** Lower-case names, as node gives them. */
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body, or null when there was none. */
  body: unknown;
}

export interface OperationMatch {
  method: string;
  /** The description's path template: /repos/{owner}/{repo}/check-runs/{check_run_id}. */
  template: string;
  pathParameters: Record<string, string>;
}

export interface RequestCheckOptions {
  requireApiVersionHeader?: boolean;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: unknown;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  'x-github-breaking-changes'?: Array<{ version?: string }>;
}

interface IndexedOperation {
  method: string;
  template: string;
  pattern: RegExp;
  parameterNames: string[];
  operation: Operation;
  validators?: OperationValidators;
}

interface OperationValidators {
  pathParameters: ValidateFunction;
  query: ValidateFunction;
  body: ValidateFunction | null;
  responses: Map<string, ValidateFunction | null>;
}

interface LoadedDescription {
  /** Per method, most literal template first, so /issues/comments/{id} wins over /issues/{number}/{x}. */
  operations: Map<string, IndexedOperation[]>;
  apiVersions: Set<string>;
  bodies: OpenApiAjv;
  /** Path and query values arrive as strings: this one coerces them to the parameter's type. */
  parameters: OpenApiAjv;
  basicError: ValidateFunction;
  validationError: ValidateFunction;
  loadMilliseconds: number;
}

let loaded: LoadedDescription | null = null;
const counters = { requests: 0, responses: 0 };

function description(): LoadedDescription {
  loaded ??= loadDescription();
  return loaded;
}

function loadDescription(): LoadedDescription {
  const started = performance.now();
  const document = JSON.parse(readFileSync(DESCRIPTION_FILE, 'utf8')) as OpenApiDocument & { paths: Record<string, Record<string, Operation>> };
  const operations = new Map<string, IndexedOperation[]>();
  const apiVersions = new Set([BASE_API_VERSION]);
  for (const [template, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const upper = method.toUpperCase();
      const list = operations.get(upper) ?? [];
      list.push({ method: upper, template, ...templatePattern(template), operation });
      operations.set(upper, list);
      for (const change of operation['x-github-breaking-changes'] ?? []) if (change.version) apiVersions.add(change.version);
    }
  }
  for (const list of operations.values()) list.sort((a, b) => literalSegments(b.template) - literalSegments(a.template));
  const bodies = openApiAjv(DOCUMENT_ID, document);
  // The shapes GitHub documents for errors, taken from an operation that documents both; used for
  // error statuses an operation does not list (GitHub answers 403, 429 and 5xx on any route).
  const blobResponses = document.paths['/repos/{owner}/{repo}/git/blobs/{file_sha}']?.get?.responses ?? {};
  const result: LoadedDescription = {
    operations,
    apiVersions,
    bodies,
    parameters: openApiAjv(DOCUMENT_ID, document, { coerceTypes: true }),
    basicError: bodies.compile(jsonSchemaOf(blobResponses['404'])),
    validationError: bodies.compile(jsonSchemaOf(blobResponses['422'])),
    loadMilliseconds: 0,
  };
  result.loadMilliseconds = performance.now() - started;
  return result;
}

/** How long loading the description took, and how many requests and responses were validated in this process. */
export function openApiStatistics(): { loadMilliseconds: number | null; requestsValidated: number; responsesValidated: number } {
  return { loadMilliseconds: loaded?.loadMilliseconds ?? null, requestsValidated: counters.requests, responsesValidated: counters.responses };
}

/** The API versions a client may send: the base version and every version the description names. */
export function supportedApiVersions(): string[] {
  return [...description().apiVersions].sort();
}

export function findOperation(method: string, path: string): OperationMatch | null {
  const found = indexedOperation(method, path);
  return found ? { method: found.entry.method, template: found.entry.template, pathParameters: found.pathParameters } : null;
}

/** Everything about the request that breaks the description; an empty list when it is valid. */
export function requestViolations(request: ApiRequest, options: RequestCheckOptions = {}): string[] {
  counters.requests += 1;
  const where = `${request.method} ${request.path}`;
  const found = indexedOperation(request.method, request.path);
  if (!found) return [`${where}: no operation in GitHub's REST API description`];
  const validators = validatorsOf(found.entry);
  return [
    ...headerViolations(where, request.headers, options.requireApiVersionHeader ?? REQUIRE_API_VERSION_HEADER),
    ...validated(validators.pathParameters, { ...found.pathParameters }, `${where} path parameters `),
    ...validated(validators.query, { ...request.query }, `${where} query `),
    ...bodyViolations(where, found.entry, validators.body, request.body),
  ];
}

/** Whether `body`, answered with `status` to METHOD path, is what the description documents for it. */
export function responseViolations(method: string, path: string, status: number, body: unknown): string[] {
  counters.responses += 1;
  const where = `${method} ${path} → ${status}`;
  const found = indexedOperation(method, path);
  if (!found) return [`${where}: no operation in GitHub's REST API description`];
  const validators = validatorsOf(found.entry);
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => validators.responses.has(candidate));
  if (key === undefined) {
    if (status < 400) return [`${where}: status not documented for ${found.entry.template}`];
    const loadedDescription = description();
    return validated(status === 422 ? loadedDescription.validationError : loadedDescription.basicError, body, `${where} body `);
  }
  const validator = validators.responses.get(key) ?? null;
  if (!validator) return body === undefined || body === null ? [] : [`${where}: the description documents no body for this status`];
  return validated(validator, body, `${where} body `);
}

function indexedOperation(method: string, path: string): { entry: IndexedOperation; pathParameters: Record<string, string> } | null {
  for (const entry of description().operations.get(method.toUpperCase()) ?? []) {
    const match = entry.pattern.exec(path);
    if (!match) continue;
    const pathParameters = Object.fromEntries(entry.parameterNames.map((name, index) => [name, safeDecode(match[index + 1] ?? '')]));
    return { entry, pathParameters };
  }
  return null;
}

function validatorsOf(entry: IndexedOperation): OperationValidators {
  entry.validators ??= compileValidators(entry.operation);
  return entry.validators;
}

function compileValidators(operation: Operation): OperationValidators {
  const { bodies, parameters } = description();
  const all = operation.parameters ?? [];
  const responses = new Map<string, ValidateFunction | null>();
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    const schema = jsonSchemaOf(response);
    responses.set(status, schema === undefined ? null : bodies.compile(schema));
  }
  const bodySchema = jsonSchemaOf(operation.requestBody);
  return {
    pathParameters: parameters.compile(parametersSchema(all.filter((parameter) => parameter.in === 'path'), true)),
    query: parameters.compile(parametersSchema(all.filter((parameter) => parameter.in === 'query'), false)),
    body: bodySchema === undefined ? null : bodies.compile(closeUndocumentedProperties(bodySchema)),
    responses,
  };
}

function parametersSchema(parameters: Parameter[], allRequired: boolean): unknown {
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema ?? {}])),
    required: parameters.filter((parameter) => allRequired || parameter.required === true).map((parameter) => parameter.name),
    // A query parameter the operation does not take is ignored by GitHub: for the action a silent bug.
    additionalProperties: false,
  };
}

function headerViolations(where: string, headers: ApiRequest['headers'], requireApiVersion: boolean): string[] {
  const violations: string[] = [];
  const accept = headerValue(headers.accept);
  const mediaTypes = accept === null ? [] : accept.split(',').map((part) => part.split(';')[0]?.trim() ?? '');
  if (accept === null) violations.push(`${where} header accept is missing; send application/vnd.github+json`);
  else if (!mediaTypes.some((mediaType) => DOCUMENTED_MEDIA_TYPE.test(mediaType))) violations.push(`${where} header accept "${accept}" names no documented media type; send application/vnd.github+json`);
  const version = headerValue(headers['x-github-api-version']);
  const versions = description().apiVersions;
  if (version === null) {
    if (requireApiVersion) violations.push(`${where} header x-github-api-version is missing; send one of ${[...versions].join(', ')}`);
  } else if (!versions.has(version)) violations.push(`${where} header x-github-api-version "${version}" is not one of ${[...versions].join(', ')}`);
  return violations;
}

function bodyViolations(where: string, entry: IndexedOperation, validator: ValidateFunction | null, body: unknown): string[] {
  if (body === null || body === undefined) return entry.operation.requestBody?.required ? [`${where} body is missing; the operation requires one`] : [];
  if (!validator) return [`${where} body sent, but ${entry.template} takes none`];
  return validated(validator, body, `${where} body `);
}

function validated(validator: ValidateFunction, data: unknown, where: string): string[] {
  return validator(data) ? [] : describeAjvErrors(where, validator.errors);
}

/**
 * GitHub ignores a request property it does not know; for the action that is a misspelt field nobody
 * notices, so an object schema that lists its properties accepts no others. Objects combined with
 * allOf/anyOf/oneOf stay open unless every property the branches name is listed beside them.
 */
function closeUndocumentedProperties(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeUndocumentedProperties);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, closeUndocumentedProperties(value)])) as Record<string, unknown>;
  const properties = copy.properties as Record<string, unknown> | undefined;
  if (properties && typeof properties === 'object' && copy.additionalProperties === undefined && branchPropertiesListed(copy, properties)) copy.additionalProperties = false;
  return copy;
}

function branchPropertiesListed(schema: Record<string, unknown>, properties: Record<string, unknown>): boolean {
  const branches = ['allOf', 'anyOf', 'oneOf'].flatMap((keyword) => (Array.isArray(schema[keyword]) ? (schema[keyword] as Array<Record<string, unknown>>) : []));
  return branches.every((branch) => Object.keys((branch.properties as object | undefined) ?? {}).every((name) => name in properties));
}

function jsonSchemaOf(holder: { content?: Record<string, { schema?: unknown }> } | undefined): unknown {
  const content = holder?.content;
  if (!content) return undefined;
  return (content['application/json'] ?? Object.entries(content).find(([type]) => type.endsWith('json'))?.[1])?.schema;
}

function templatePattern(template: string): { pattern: RegExp; parameterNames: string[] } {
  const parameterNames: string[] = [];
  const source = template
    .split('/')
    .map((segment) => segment.replace(/\{([^}]+)\}|[^{}]+/g, (part, name: string | undefined) => {
      if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      parameterNames.push(name);
      return '([^/]+)';
    }))
    .join('/');
  return { pattern: new RegExp(`^${source}$`), parameterNames };
}

function literalSegments(template: string): number {
  return template.split('/').filter((segment) => segment !== '' && !segment.includes('{')).length;
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
