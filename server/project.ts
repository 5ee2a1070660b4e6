/**
 * Files that ship beside the code (package.json, schema/). Found by walking up from this module
 * so the same code works from the sources (tsx, ts-jest) and from a compiled dist/ tree.
 */
import fs from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'yidan';

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && readManifest(manifest).name === PACKAGE_NAME) return dir;
    if (path.dirname(dir) === dir) throw new Error(`package.json of ${PACKAGE_NAME} not found above ${start}`);
  }
}

function readManifest(file: string): { name?: string; version?: string } {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
}

export const projectRoot = findProjectRoot(__dirname);

export const schemaDirectory = path.join(projectRoot, 'schema');

/** The version the server reports, from package.json so a release bump needs no code change. */
export const packageVersion: string = (() => {
  const { version } = readManifest(path.join(projectRoot, 'package.json'));
  if (!version) throw new Error(`package.json in ${projectRoot} has no version`);
  return version;
})();
