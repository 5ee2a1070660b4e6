/**
 * The executable schema: SDL from schema/*.graphql (the public contract, read at start so the
 * files stay the single source) joined with the resolvers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { schemaDirectory } from '../project';
import { resolvers } from './resolvers';

/** Sorted so the joined SDL, and so error positions in it, are the same on every machine. */
export function readTypeDefs(directory: string = schemaDirectory): string {
  const files = fs
    .readdirSync(directory)
    .filter((name) => name.endsWith('.graphql'))
    .sort();
  if (files.length === 0) throw new Error(`no .graphql files in ${directory}`);
  return files.map((name) => fs.readFileSync(path.join(directory, name), 'utf8')).join('\n');
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: readTypeDefs(), resolvers });
}
