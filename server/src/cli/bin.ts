import { runCli } from './main';

// A reader that stops early (`ecq rules | head`) closes the pipe; that is not an error of
// ours, so the process ends quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

// Output goes through process.stdout so that a large JSON or SARIF report is flushed
// before the process exits; exitCode rather than exit() lets the write finish.
process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  now: () => new Date(),
});
