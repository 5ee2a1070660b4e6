/**
 * `npm run codegen:check`: fails when server/graphql/__generated__ no longer matches schema/.
 * Generation runs in memory from the same codegen.yml, so relative import paths in the output
 * are exactly those a real `npm run codegen` would write, and nothing touches the network.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generate, loadContext } from '@graphql-codegen/cli';

const projectRoot = path.resolve(__dirname, '..', '..');

/** What `generate` returns when asked not to write files. */
interface GeneratedFile {
  filename: string;
  content: string;
}

async function main(): Promise<void> {
  process.chdir(projectRoot);
  const context = await loadContext(path.join(projectRoot, 'codegen.yml'));
  // Only the verdict matters here, not codegen's progress display.
  context.updateConfig({ silent: true });
  const outputs: GeneratedFile[] = await generate(context, false);
  if (outputs.length === 0) throw new Error('codegen.yml produced no outputs');
  const stale: string[] = [];
  for (const { filename, content } of outputs) {
    const file = path.resolve(projectRoot, filename);
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (committed !== content) stale.push(path.relative(projectRoot, file));
  }
  if (stale.length > 0) {
    process.stderr.write(`generated types are stale: run npm run codegen\n  differs: ${stale.join(', ')}\n`);
    process.exit(1);
  }
  process.stdout.write(`generated types are up to date (${outputs.map((o) => o.filename).join(', ')})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`codegen check failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
