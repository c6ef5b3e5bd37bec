// az's JSON dictionaries (grammemes, the two tag tables, the suffixes: 0.8 MB, ~27,000 strings)
// precompiled at build time into V8's serialization format (data/az-json.v8, written by
// scripts/build-az-json.ts from `npm run build`). JSON.parse of them, with the UTF-8 decoding of the
// Cyrillic text before it, was the largest piece of az's start on the first Russian word (~14 ms of
// CPU for suffixes.json alone at load 8, ~4 ms from the V8 form): v8.deserialize copies each
// string as it is stored, with nothing to unescape or decode. The values are the same as JSON.parse's
// (a test compares them); the file records the size of each source, and morph.ts falls back to the
// JSON files for any source whose size differs, or when the file is missing, damaged, or written by
// a V8 this one cannot read.
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';

export const AZ_JSON_FILE = 'az-json.v8';

/** The JSON files Az.Morph.init reads (az-files.json lists these among the others). */
export const AZ_JSON_SOURCES: readonly string[] = ['grammemes.json', 'gramtab-opencorpora-int.json', 'gramtab-opencorpora-ext.json', 'suffixes.json'];

const FORMAT = 1;

interface Precompiled {
  format: number;
  /** Source file name → its size in bytes and its parsed value. */
  sources: Record<string, { size: number; value: unknown }>;
}

/** The precompiled form of the JSON files in `dictsDir` (the build step writes it to data/). */
export function compileAzJson(dictsDir: string): Buffer {
  const sources: Precompiled['sources'] = {};
  for (const name of AZ_JSON_SOURCES) {
    const buf = fs.readFileSync(path.join(dictsDir, name));
    sources[name] = { size: buf.length, value: JSON.parse(buf.toString('utf8')) };
  }
  return v8.serialize({ format: FORMAT, sources } satisfies Precompiled);
}

/**
 * The precompiled values of `file` whose sources in `dictsDir` have the sizes it recorded, by file
 * name; empty when the file is missing or cannot be read (then az's JSON is parsed as before).
 */
export function readAzJson(file: string, dictsDir: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  let data: Precompiled;
  try {
    data = v8.deserialize(fs.readFileSync(file)) as Precompiled;
  } catch {
    return out; // missing, damaged, or from a newer V8
  }
  if (data?.format !== FORMAT || typeof data.sources !== 'object' || data.sources === null) return out;
  for (const name of AZ_JSON_SOURCES) {
    const entry = data.sources[name];
    if (!entry) continue;
    try {
      if (fs.statSync(path.join(dictsDir, name)).size === entry.size) out.set(name, entry.value);
    } catch {
      // a source that is not there: az reports it when it reads it
    }
  }
  return out;
}
