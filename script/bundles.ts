import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..');

/**
 * One ncc bundle per action: its entry file and the folder its index.js goes to. The root action
 * comes first: ncc deletes every .js file under its out folder, sub-folders included.
 */
export const BUNDLES: ReadonlyArray<{ entry: string; out: string }> = [
  { entry: 'src/connection/index.ts', out: 'dist' },
  { entry: 'src/teardown/index.ts', out: 'dist/teardown' },
  { entry: 'src/dataflow/index.ts', out: 'dist/dataflow' },
];

/** What the bundles are built from: the sources, the locked dependencies and the build set-up. */
const BUILD_INPUTS = [
  'src',
  'package-lock.json',
  'tsconfig.json',
  'script/build.ts',
  'script/bundles.ts',
];

/** Written by the build beside the bundles: the hash of the inputs they were built from. */
const SOURCE_HASH_FILE = join(REPO_ROOT, 'dist/source.sha256');

function filesUnder(path: string): string[] {
  if (!statSync(join(REPO_ROOT, path)).isDirectory()) return [path];
  const entries = readdirSync(join(REPO_ROOT, path)).sort();
  return entries.flatMap((entry) => filesUnder(`${path}/${entry}`));
}

/** Paths and contents of every build input, in a fixed order: the same on every checkout. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of BUILD_INPUTS.flatMap(filesUnder)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(REPO_ROOT, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function builtSourceHash(): string | undefined {
  try {
    return readFileSync(SOURCE_HASH_FILE, 'utf8').trim();
  } catch {
    return undefined;
  }
}

export function recordSourceHash(): void {
  writeFileSync(SOURCE_HASH_FILE, `${sourceHash()}\n`);
}
