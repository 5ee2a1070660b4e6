/**
 * `npm ci` on the oldest Node the project supports must not warn EBADENGINE (issue 19 item 3).
 * npm warns when an installed package's `engines.node` excludes the running Node; this checks every
 * package in the lockfile against the lowest version package.json admits, so a dependency bump
 * that drops that Node fails here rather than as a warning nobody reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { projectRoot } from '../../server/project';

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  engines: { node: string };
  overrides: Record<string, string>;
};
const lock = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

function packagesExcluding(packages: Record<string, LockedPackage>, node: string): string[] {
  return Object.entries(packages).flatMap(([where, pkg]) => {
    const range = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
    if (!where || !range || semver.satisfies(node, range)) return [];
    return [`${where.replace(/^.*node_modules\//, '')}@${pkg.version ?? '?'} wants node ${range}`];
  });
}

describe('Node versions', () => {
  const oldest = semver.minVersion(manifest.engines.node)?.version;

  it('package.json names the oldest supported Node', () => {
    expect(oldest).toBe('20.19.0');
  });

  it('every locked package accepts the oldest supported Node', () => {
    expect(packagesExcluding(lock.packages, oldest as string)).toEqual([]);
  });

  it('the overrides that keep codegen on Node 20 releases are what the lockfile installs', () => {
    const locked = (name: string): string[] =>
      Object.entries(lock.packages).filter(([where]) => where.endsWith(`node_modules/${name}`)).map(([, pkg]) => pkg.version ?? '?');
    for (const name of ['listr2', '@graphql-tools/url-loader', '@whatwg-node/promise-helpers']) {
      expect(new Set(locked(name))).toEqual(new Set([manifest.overrides[name]]));
    }
  });

  it('names a package whose engines exclude the oldest Node (listr2 10 wants Node 22)', () => {
    const packages = { 'node_modules/a/node_modules/listr2': { version: '10.2.2', engines: { node: '>=22.13.0' } }, 'node_modules/b': { version: '1.0.0', engines: { node: '^20.19.0 || >=22' } } };
    expect(packagesExcluding(packages, oldest as string)).toEqual(['listr2@10.2.2 wants node >=22.13.0']);
  });
});
