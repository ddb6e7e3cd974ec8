import { runCli } from './main';

// Output goes through process.stdout so that a large JSON or SARIF report is flushed
// before the process exits; exitCode rather than exit() lets the write finish.
process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  now: () => new Date(),
});
