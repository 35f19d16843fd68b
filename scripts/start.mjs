// `npm start`: the add-in's web part on the webpack dev server (the browser preview, and the task pane
// for sideloading into Excel) and the store (`sverka store serve`, embedded SQLite in .data/store),
// then prints where they are. `npm run preview` (or --no-store) starts the preview alone.
//
//   node scripts/start.mjs [--no-store] [--port N]      (PORT, SVERKA_STORE_PORT and SVERKA_STORE_DATA also work)
//
// A port already taken (a second `npm start`) is one line and exit 1, before anything starts; SIGTERM,
// SIGINT or SIGHUP (to this script, or to `npm start` around it) stop the store child too, and the script
// exits once it has.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const withStore = !args.includes('--no-store');
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 3000));
const storePort = Number(process.env.SVERKA_STORE_PORT ?? 8787);

/** Whether nothing listens on the port (a listener on any address of the machine takes it). */
function portFree(p) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => resolve(error.code !== 'EADDRINUSE'));
    probe.listen({ port: p, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

if (!(await portFree(port))) {
  process.stderr.write(`Порт ${port} занят — похоже, npm start уже запущен (или порт занят другой программой): остановите его или запустите с PORT=${port + 1} npm start.\n`);
  process.exit(1);
}
if (withStore && !(await portFree(storePort))) {
  process.stderr.write(`Порт хранилища ${storePort} занят — похоже, npm start или sverka store serve уже запущен: остановите его, запустите с SVERKA_STORE_PORT=${storePort + 1} npm start или без хранилища: npm run preview.\n`);
  process.exit(1);
}

// `sverka` as a user runs it: with the Node options of bin/sverka.js's first line (the code cache is made under them).
const launcher = require(join(root, 'bin/sverka.js')).launcherOptions();
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const makeConfig = require(join(root, 'webpack.config.js'));

const config = makeConfig({}, { mode: 'development' });
config.devServer = { ...config.devServer, port };
config.infrastructureLogging = { level: 'warn' };
config.stats = 'none'; // errors are printed below; rebuilds stay quiet
const https = config.devServer.server !== 'http';
const origin = `${https ? 'https' : 'http'}://localhost:${port}`;

const children = [];
let server = null;

function say(line) {
  process.stdout.write(`${line}\n`);
}

/** Ends the children (SIGTERM, then SIGKILL after 5 s) and the dev server, then exits. */
async function stop(code = 0) {
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  const ended = running.map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of running) child.kill('SIGTERM');
  const killer = setTimeout(() => running.forEach((child) => child.kill('SIGKILL')), 5000);
  await Promise.all([Promise.all(ended), server ? server.stop().catch(() => undefined) : undefined]);
  clearTimeout(killer);
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => void stop(0));
// `npm start` ended with SIGTERM does not pass the signal on (npm runs this through sh): the script would
// be left running with its store. So it watches its parent and stops, children first, when that is gone.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop(0);
}, 500).unref();

/** The store comes with the CLI (`sverka store serve`); started only once that command exists. */
function startStore() {
  if (!existsSync(join(root, 'src/cli/commands/store.ts'))) {
    say('Хранилище: ещё не входит в эту версию — запущен только предпросмотр.');
    return null;
  }
  // The CLI bundle may be older than the sources (npm ci builds it once): rebuild it, it takes a second.
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'inherit' });
  const data = process.env.SVERKA_STORE_DATA || join(root, '.data', 'store');
  mkdirSync(data, { recursive: true });
  const token = previewToken(data);
  // The preview may be opened as localhost or 127.0.0.1: both are allowed origins (and the add-in's https one).
  const origins = [...new Set([origin, origin.replace('localhost', '127.0.0.1'), 'https://localhost:3000'])].flatMap((o) => ['--origin', o]);
  const child = spawn(
    process.execPath,
    [...launcher, join(root, 'bin/sverka.js'), 'store', 'serve', '--data', data, '--port', String(storePort), ...origins],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  child.stderr.on('data', (chunk) => process.stderr.write(`[хранилище] ${chunk}`));
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM') say(`Хранилище остановилось (код ${code ?? signal}). Предпросмотр работает дальше; подробности выше.`);
  });
  children.push(child);
  return { url: `http://127.0.0.1:${storePort}`, data, token };
}

/**
 * A submitter token for trying «Отправить» in the preview: made once (sverka store token create) and kept in
 * DATA/preview-token.txt, so that restarts do not pile up tokens in the append-only store.
 */
function previewToken(data) {
  const file = join(data, 'preview-token.txt');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  try {
    const token = execFileSync(
      process.execPath,
      [...launcher, join(root, 'bin/sverka.js'), 'store', 'token', 'create', '--department', 'Предпросмотр (npm start)', '--role', 'submitter', '--label', 'preview', '--data', data],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim();
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
    return token;
  } catch {
    return null; // the store still starts; a token can be made by hand (see the README)
  }
}

const compiler = webpack(config);
let printed = false;
const store = withStore ? startStore() : null;
const started = Date.now();
compiler.hooks.done.tap('sverka-start', (stats) => {
  if (stats.hasErrors() || stats.hasWarnings()) say(stats.toString({ preset: 'errors-warnings', colors: process.stdout.isTTY }));
  if (printed) return;
  printed = true;
  if (stats.hasErrors()) say('Сборка с ошибками (см. выше); страница покажет их тоже.');
  say(`Собрано за ${((Date.now() - started) / 1000).toFixed(0)} с.`);
  say('');
  say(`  Предпросмотр (без Excel):  ${origin}/preview.html`);
  say(`  Панель для Excel:          ${origin}/taskpane.html   (манифест: manifest.xml${https ? '' : '; Excel требует https — npx office-addin-dev-certs install'})`);
  if (store) say(`  Хранилище:                 ${store.url}   (данные: ${store.data})`);
  if (store?.token) say(`  Токен для предпросмотра:   ${store.token}   (панель → «Настройки хранилища»; хранится в ${join(store.data, 'preview-token.txt')})`);
  say('');
  say('  Ctrl+C — остановить.');
});

server = new WebpackDevServer(config.devServer, compiler);
try {
  await server.start();
} catch (error) {
  const busy = error && error.code === 'EADDRINUSE';
  say(busy ? `Порт ${port} занят: остановите то, что его занимает, или запустите с PORT=3001 npm start.` : `Сервер не запустился: ${error.message}`);
  await stop(1);
}
