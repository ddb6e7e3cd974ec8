import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * The entry point of the Restricted Mode pass: the editor opens the workspace with workspace
 * trust on and the folder not trusted, and runs only the tests beside this file. The main
 * suite (one folder up) runs with trust off, in a separate editor.
 */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 120_000, reporter: 'spec' });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} Restricted Mode test${failures === 1 ? '' : 's'} failed`)) : resolve()));
  });
}
