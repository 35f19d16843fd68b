import { runCli } from '../../src/cli/main';

/** What one `sverka …` run printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process as a user would run `sverka ARGS`, capturing what it prints. */
export async function cli(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env });
  return { code, stdout, stderr };
}

/** `sverka(...argv)`: the same, with the arguments spread and no environment. */
export function sverka(...argv: string[]): Promise<CliRun> {
  return cli(argv);
}
