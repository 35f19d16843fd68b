// Builds the add-in's pages (the preview, the task pane, the commands) for production into a directory,
// with the project's webpack config, as `npm run build` does (webpack-cli in a child process: the config
// loads the ESM manifest rewriter, which Jest's module system cannot).
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** `only`: the pages to build (all by default: the preview, the task pane, the commands). */
export function buildAddin(outputPath: string, productionUrl: string, only?: readonly ('preview' | 'taskpane' | 'commands')[]): Promise<void> {
  const cli = join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const args = [cli, '--mode', 'production', '--env', `outputPath=${outputPath}`, '--devtool', 'false', ...(only ? ['--env', `only=${only.join(',')}`] : [])];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: root, env: { ...process.env, SVERKA_PRODUCTION_URL: productionUrl }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`webpack failed:\n${stdout}\n${stderr}`)) : resolve()),
    );
  });
}
