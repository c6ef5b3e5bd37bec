// Writes data/az-json.v8 (src/core/ner/az-json.ts): az's JSON dictionaries in V8's serialization
// format, read at the first Russian word instead of parsing the JSON. Run by `npm run build`
// (scripts/build.mjs); it takes a fraction of a second, so it is always rewritten (the Node that
// builds is the one whose V8 format it holds).
//   npx tsx scripts/build-az-json.ts
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AZ_JSON_FILE, compileAzJson } from '../src/core/ner/az-json';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'data', AZ_JSON_FILE);
const bytes = compileAzJson(path.join(ROOT, 'node_modules', 'az', 'dicts'));
const tmp = OUT + '.tmp';
fs.writeFileSync(tmp, bytes);
fs.renameSync(tmp, OUT); // a new file: a process reading the old one keeps it whole
