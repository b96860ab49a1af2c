// Test-runner commands that check documents against the contract's JSON
// Schemas with a standard validator, ajv, in Node as a producer's CI would.
// The schemas are made fresh from the zod schemas, by the function the build
// runs (scripts/write-schemas.mjs), once per test run.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { jsonSchemas } from '../../scripts/write-schemas.mjs';

/** `/products/2/slug` → `products[2].slug`, the reader's form of a path. */
function pathOf(pointer) {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
}

/** One ajv error as `{ path, keyword, message }`, a missing property named at its own path. */
function finding(error) {
  const missing = error.keyword === 'required' ? error.params.missingProperty : undefined;
  const path = pathOf(error.instancePath);
  return { path: missing ? (path ? `${path}.${missing}` : missing) : path, keyword: error.keyword, message: error.message };
}

/**
 * `executeServerCommand('json-schemas')` → `{ 'index.schema.json': schema, … }`.
 * `executeServerCommand('json-schema-validate', { schema, documents })`, where
 * `schema` is a file name such as `index.schema.json`, → one list of
 * `{ path, keyword, message }` per document, empty when it is valid.
 */
export function jsonSchemaValidatorPlugin() {
  let made;
  const validators = () =>
    (made ??= jsonSchemas().then((schemas) => {
      // Strict (ajv's default): a schema keyword ajv does not know fails here, not silently.
      const ajv = new Ajv2020({ allErrors: true });
      addFormats(ajv);
      const compiled = Object.fromEntries(Object.entries(schemas).map(([file, schema]) => [file, ajv.compile(schema)]));
      return { schemas, compiled };
    }));
  return {
    name: 'sparkpulse-json-schema-validator',
    async executeCommand({ command, payload }) {
      if (command === 'json-schemas') return (await validators()).schemas;
      if (command !== 'json-schema-validate') return undefined;
      const validate = (await validators()).compiled[payload.schema];
      if (!validate) throw new Error(`No JSON Schema named ${payload.schema}`);
      return payload.documents.map((document) => (validate(document) ? [] : validate.errors.map(finding)));
    },
  };
}
