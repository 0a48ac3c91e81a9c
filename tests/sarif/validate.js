// Validates SARIF files against the SARIF 2.1.0 JSON Schema (draft-04) that @microsoft/jest-sarif
// ships, with ajv 6. Usage: node validate.js FILE.sarif...; exit 1 when one is invalid.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');

const schemaPath = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')),
                             'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
const ajv = new Ajv({schemaId: 'id', allErrors: true, meta: false, validateSchema: false});
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));

let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(fs.readFileSync(file, 'utf8'));
  const results = log.runs.reduce((n, run) => n + run.results.length, 0);
  if (validate(log)) {
    console.log(`ok: ${file} (${results} results)`);
  } else {
    failed++;
    console.log(`INVALID: ${file}`);
    for (const e of validate.errors.slice(0, 20)) console.log(`  ${e.dataPath} ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
