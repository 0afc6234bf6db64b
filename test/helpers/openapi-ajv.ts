import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';

/**
 * Ajv for the schemas of an OpenAPI 3.0 or 3.1 description. OpenAPI 3.0's `nullable` is not JSON Schema,
 * so it is turned into "null or the schema" before compiling; `$ref`s into `#/components` are pointed at
 * the description's components, registered once under their own id. Keywords and formats JSON Schema does
 * not know (`example`, `discriminator`, `x-github`, `repo.nwo`, …) are ignored rather than fatal: the
 * descriptions use dozens of them, and none changes what is valid.
 */

export type OpenApiDocument = { components?: Record<string, unknown> } & Record<string, unknown>;

export interface OpenApiAjv {
  /** A validator for a schema taken from the description (a fragment, with its `$ref`s as written). */
  compile(schema: unknown): ValidateFunction;
  /** A validator for `#/components/schemas/NAME`. */
  compileComponent(name: string): ValidateFunction;
}

/** Keeps the validators of one description: components are registered under `documentId`. */
export function openApiAjv(documentId: string, document: OpenApiDocument, options: { coerceTypes?: boolean } = {}): OpenApiAjv {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes: options.coerceTypes ?? false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  // OpenAPI's integer sizes: the description marks ids int64; JSON numbers up to 2^53 are what clients parse.
  ajv.addFormat('int32', { type: 'number', validate: (value: number) => Number.isInteger(value) && Math.abs(value) <= 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (value: number) => Number.isSafeInteger(value) });
  if (document.components) ajv.addSchema({ $id: documentId, components: toJsonSchema(document.components, documentId) });
  return {
    compile: (schema) => ajv.compile(toJsonSchema(schema, documentId) as object),
    compileComponent: (name) => ajv.compile({ $ref: `${documentId}#/components/schemas/${name}` }),
  };
}

/** A copy of an OpenAPI schema as JSON Schema: `nullable: true` becomes `anyOf [null, …]`, component refs absolute. */
export function toJsonSchema(schema: unknown, documentId: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, documentId));
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/')) copy[key] = `${documentId}${value}`;
    else copy[key] = toJsonSchema(value, documentId);
  }
  if (copy.nullable !== true) return copy;
  delete copy.nullable;
  return { anyOf: [{ type: 'null' }, copy] };
}

/**
 * One violation per ajv error: `<where><JSON pointer> <message>`, with the allowed values where ajv gives
 * them. Where a value breaks a nullable schema, ajv also says it is not null and matches no anyOf branch:
 * those two add nothing beside the real error at the same place, so they are left out.
 */
export function describeAjvErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  const all = errors ?? [];
  const isNoise = (error: ErrorObject) => error.keyword === 'anyOf' || (error.keyword === 'type' && (error.params as { type?: unknown }).type === 'null');
  const kept = all.filter((error) => !isNoise(error) || !all.some((other) => other.instancePath === error.instancePath && !isNoise(other)));
  return kept.map((error) => {
    const params = error.params as { allowedValues?: unknown[]; additionalProperty?: string };
    const detail = params.allowedValues ? ` ${JSON.stringify(params.allowedValues)}` : params.additionalProperty ? ` (${params.additionalProperty})` : '';
    return `${where}${error.instancePath || '/'} ${error.message ?? error.keyword}${detail}`;
  });
}
