/**
 * A fresh clone with nothing beside it must pass its own suite (issue 19 item 1): no code, test or
 * config file may reach a path outside the repository. Checked on the text of the files, because a
 * read that only happens in one test would otherwise go unnoticed until someone clones elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../server/project';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'coverage']);
const CODE_FILE = /\.(ts|js|cjs|mjs|json|ya?ml)$/;
// Third-party data, copied unchanged; it names no local paths. This file is skipped too: its
// examples of what is refused would match.
const VENDORED = path.join(projectRoot, 'schema', 'dcsa-ebl-3.0.3');

function codeFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && full !== VENDORED) walk(full);
      } else if (CODE_FILE.test(entry.name) && entry.name !== 'package-lock.json' && full !== __filename) {
        found.push(full);
      }
    }
  };
  walk(projectRoot);
  return found;
}

const inside = (target: string): boolean => target === projectRoot || target.startsWith(projectRoot + path.sep);

/** Relative path literals ('../x', and path.join/resolve(__dirname, '..', 'x')) that climb out of the repository. */
function pathsOutsideRepository(file: string, text: string): string[] {
  const dir = path.dirname(file);
  const problems: string[] = [];
  for (const match of text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g)) {
    if (!inside(path.resolve(dir, match[1]))) problems.push(match[0]);
  }
  for (const match of text.matchAll(/path\.(?:join|resolve)\(\s*__dirname((?:\s*,\s*'[^']*')+)/g)) {
    const parts = [...match[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
    if (!inside(path.resolve(dir, ...parts))) problems.push(match[0]);
  }
  return problems;
}

describe('the repository carries everything its code and tests read', () => {
  const files = codeFiles();

  it('finds the sources it checks', () => {
    const relative = files.map((f) => path.relative(projectRoot, f));
    expect(relative).toEqual(expect.arrayContaining(['package.json', 'test/bills/document/dcsa-schema.ts', 'server/project.ts']));
  });

  it('has no path literal that climbs out of the repository', () => {
    const offenders = files.flatMap((file) =>
      pathsOutsideRepository(file, fs.readFileSync(file, 'utf8')).map((p) => `${path.relative(projectRoot, file)}: ${p}`),
    );
    expect(offenders).toEqual([]);
  });

  it('names no shared/reference folder beside the repository (where the DCSA files used to be read)', () => {
    const offenders = files
      .filter((file) => fs.readFileSync(file, 'utf8').includes('shared/reference'))
      .map((file) => path.relative(projectRoot, file));
    expect(offenders).toEqual([]);
  });

  it('recognises the paths that used to leave the repository', () => {
    const reader = path.join(projectRoot, 'test/bills/document/dcsa-schema.ts');
    // The vectors are assembled so that this file itself names no folder outside the repository.
    const climb = '../../../../';
    expect(pathsOutsideRepository(reader, `path.resolve(__dirname, '${climb}${'shared'}/reference/dcsa-ebl-3.0.3')`)).toHaveLength(2);
    expect(pathsOutsideRepository(reader, "path.join(__dirname, '..', '..', '..', '..', 'shared')")).toHaveLength(1);
    expect(pathsOutsideRepository(reader, "import { x } from '../../../server/project';")).toEqual([]);
  });

  it('vendors the DCSA eBL 3.0.3 files with their licence', () => {
    for (const file of ['EBL_v3.0.3.yaml', 'EBL_END_v3.0.3.yaml', 'EBL_SUR_v3.0.3.yaml', 'EBL_ISS_v3.0.3.yaml', 'LICENSE']) {
      expect(fs.existsSync(path.join(VENDORED, file))).toBe(true);
    }
    expect(fs.readFileSync(path.join(VENDORED, 'LICENSE'), 'utf8')).toContain('Apache License');
  });
});
