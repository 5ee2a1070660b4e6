import { spawn } from 'node:child_process';
import path from 'node:path';
import { MongoClient } from 'mongodb';

const root = path.resolve(__dirname, '../../..');

it('npm run mongo:embedded prints a URI that another process can use, and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/storage/embedded/cli.ts', '--port=0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const uri = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve(line.trim());
    });
    child.on('exit', (code) => reject(new Error(`exited early with ${code}`)));
  });
  expect(uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\//);
  const writer = await MongoClient.connect(uri);
  const reader = await MongoClient.connect(uri);
  await writer.db('shared').collection('notes').insertOne({ from: 'writer' });
  expect(await reader.db('shared').collection('notes').findOne({}, { projection: { _id: 0 } })).toEqual({ from: 'writer' });
  await writer.close();
  await reader.close();
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});
