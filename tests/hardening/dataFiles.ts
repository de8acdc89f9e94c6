import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every data file's bytes by name (backups and steno's temp files left out). */
export async function snapshotDataFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort()) {
    if (f.endsWith('.json') && !f.startsWith('.')) out[f] = await readFile(path.join(dir, f), 'utf-8');
  }
  return out;
}

/** The `data` part of one store file. */
export async function readData<T = Record<string, unknown>>(dir: string, name: string): Promise<T> {
  return (JSON.parse(await readFile(path.join(dir, name), 'utf-8')) as { data: T }).data;
}
