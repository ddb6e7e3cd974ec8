import { fileURLToPath, pathToFileURL } from 'node:url';

/** file: URIs ↔ paths. Other schemes (untitled:, vscode-remote:) have no path on disk. */
export const URI = {
  toFsPath(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },
  fromFsPath(file: string): string {
    return pathToFileURL(file).toString();
  },
};
