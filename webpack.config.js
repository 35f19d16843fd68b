// Builds the add-in's web part: the task pane (taskpane.html, run inside Excel), the ribbon's function
// file (commands.html) and the browser preview (preview.html: the real task pane over the in-memory
// Excel stand-in). `npm run build` = production (minified, manifest URLs rewritten to
// SVERKA_PRODUCTION_URL); `npm start` serves the preview; the end-to-end tests build the preview alone.
//
//   env.only=preview       build only the preview (the tests)
//   env.outputPath=DIR     build into DIR instead of dist/
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const root = __dirname;

const ENTRIES = {
  taskpane: { entry: './src/taskpane/office-entry.tsx', html: './src/taskpane/taskpane.html', title: 'Сверка' },
  commands: { entry: './src/taskpane/commands.ts', html: './src/taskpane/commands.html', title: 'Сверка: команды' },
  preview: { entry: './src/taskpane/preview/preview-entry.tsx', html: './src/taskpane/preview/preview.html', title: 'Сверка: предпросмотр' },
};

/** The Office dev certificates (`npx office-addin-dev-certs install`), when this machine has them. */
function officeDevCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!fs.existsSync(path.join(dir, files.key)) || !fs.existsSync(path.join(dir, files.cert))) return null;
  const read = (name) => (fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name)) : undefined);
  return { key: read(files.key), cert: read(files.cert), ca: read(files.ca) };
}

/** Writes bundle-files.json: for every entry, the files it loads at start and the ones it may load later. */
class BundleFilesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BundleFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BundleFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entries = {};
          for (const [name, entrypoint] of compilation.entrypoints) {
            const initial = entrypoint.getFiles().filter((f) => f.endsWith('.js'));
            const lazy = new Set();
            for (const chunk of entrypoint.chunks) {
              for (const async of chunk.getAllAsyncChunks()) for (const f of async.files) if (f.endsWith('.js')) lazy.add(f);
            }
            entries[name] = { initial, lazy: [...lazy].sort() };
          }
          const json = JSON.stringify({ entries }, null, 2);
          compilation.emitAsset('bundle-files.json', new compiler.webpack.sources.RawSource(json));
        },
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production' || env.production === true;
  const names = env.only ? String(env.only).split(',') : Object.keys(ENTRIES);
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.join(root, 'dist');
  const productionUrl = process.env.SVERKA_PRODUCTION_URL;

  const copyPatterns = [];
  if (names.includes('taskpane')) {
    copyPatterns.push({ from: 'assets', to: 'assets', noErrorOnMissing: true });
    copyPatterns.push({
      from: 'manifest.xml',
      to: 'manifest.xml',
      noErrorOnMissing: true,
      async transform(content) {
        if (!production) return content;
        if (!productionUrl) {
          console.warn('[sverka] SVERKA_PRODUCTION_URL is not set: dist/manifest.xml keeps the development URLs (https://localhost:3000).');
          return content;
        }
        const { rewriteManifestUrls } = await import('./scripts/manifest-urls.mjs');
        return rewriteManifestUrls(content.toString('utf8'), productionUrl);
      },
    });
  }

  const certificates = officeDevCertificates();

  return {
    mode: production ? 'production' : 'development',
    context: root,
    target: ['web', 'es2020'],
    entry: Object.fromEntries(names.map((n) => [n, ENTRIES[n].entry])),
    output: {
      path: outputPath,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      // dist/ also holds the CLI's bundles, their maps and code caches, and the store's check worker
      // (scripts/build-cli.mjs writes them; test/cli/bundle-zod.test.ts checks this against a build's listing): keep them.
      clean: { keep: /^(cli|cli-validate|zod|store-check-worker)\.js/ },
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.[cm]?[jt]sx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    plugins: [
      ...names.map(
        (n) =>
          new HtmlWebpackPlugin({
            filename: `${n}.html`,
            template: ENTRIES[n].html,
            title: ENTRIES[n].title,
            chunks: [n],
            scriptLoading: 'defer',
          }),
      ),
      ...(copyPatterns.length > 0 ? [new CopyWebpackPlugin({ patterns: copyPatterns })] : []),
      new BundleFilesPlugin(),
    ],
    // The budget (1.5 MB for the task pane) is checked and printed by scripts/bundle-size.mjs.
    performance: { hints: false },
    stats: production ? 'errors-warnings' : 'minimal',
    devServer: {
      port: Number(process.env.PORT ?? 3000),
      host: 'localhost',
      server: certificates ? { type: 'https', options: certificates } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      // The offline copy of Office.js, for pages that want the Office global without the CDN.
      static: [{ directory: path.join(root, 'node_modules/@microsoft/office-js/dist'), publicPath: '/office-js', watch: false }],
      historyApiFallback: false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
      open: false,
    },
  };
};

