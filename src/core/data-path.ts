// Finds shipped data files (lexicons, model weights) under the package's data/ folder, whether the
// code runs bundled from dist/ or from src/ under tsx in unit tests.
import * as fs from 'fs';
import * as path from 'path';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && /"name":\s*"newsmark"/.test(fs.readFileSync(pkg, 'utf8'))) return (root = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`newsmark: cannot find the package root above ${__dirname}`);
    dir = up;
  }
}

export function dataPath(...parts: string[]): string {
  return path.join(packageRoot(), 'data', ...parts);
}
