import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TempDir {
  readonly dir: string;
  /** The absolute path of a file or folder inside it. */
  file(name: string): string;
  dispose(): void;
}

/** A fresh temporary folder with the given files; removed by `dispose`. */
export function tempDir(files: Record<string, string | Uint8Array> = {}): TempDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecq-test-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return { dir, file: (name) => path.join(dir, name), dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
