// The pane at 350 px in headless Chromium over the production build of the preview, beside a real store (as
// `sverka store serve` builds it, SQLite in a temp folder) with a submitter's token: the setup that
// pane-report-350 and pane-store-350 share. `paneAndStore` registers its beforeAll and afterAll (a test file's
// own beforeAll, registered after it, runs after it) and returns what they fill in.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser, Locator, Page } from 'playwright-core';
import { buildStoreApp } from '../../src/server/app';
import { createToken } from '../../src/server/auth/tokens';
import { openDatabase, type StoreDatabase } from '../../src/server/db/database';
import { buildAddin } from './build-addin';
import { launchChromium } from './chromium';
import { serveDirectory, type StaticServer } from './static-server';

/** Where the screenshots of the pane go. */
export const SHOTS = join(__dirname, '..', '..', 'artifacts', 'pane-350');
/** The department of the submitter's token. */
export const DEPARTMENT = 'Управление информационных технологий';

export type PaneView = 'check' | 'report' | 'store' | 'annexes';

/** What the shared beforeAll fills in (read it in a test or a later beforeAll, not at a file's top level), and the pane's helpers. */
export class PaneAndStore {
  page!: Page;
  /** The preview's page, to open. */
  previewUrl!: string;
  store!: FastifyInstance;
  storeUrl!: string;
  database!: StoreDatabase;
  /** A submitter's token of DEPARTMENT. */
  token!: string;
  /** Errors the page threw (a test ends by expecting none). */
  readonly pageErrors: string[] = [];

  readonly pane = (): Locator => this.page.getByTestId('task-pane');

  readonly openView = (view: PaneView): Promise<void> => this.pane().locator(`[data-view-tab="${view}"]`).click();

  /** A screenshot of the pane, SHOTS/<name>.png. */
  readonly shot = async (name: string): Promise<void> => {
    await this.page.getByTestId('pane-frame').screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
  };

  /** Waits until the pane's status line says `text`. */
  readonly statusSays = async (text: RegExp): Promise<void> => {
    await this.page.getByTestId('pane-status').filter({ hasText: text }).waitFor({ timeout: 30_000 });
  };
}

/** `name` names the temp folders; `now`: the store's clock. */
export function paneAndStore(name: string, options: { now?: () => Date } = {}): PaneAndStore {
  let outDir: string | undefined;
  let storeDir: string | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const ctx = new PaneAndStore();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    outDir = mkdtempSync(join(tmpdir(), `sverka-pane-${name}-`));
    await buildAddin(outDir, 'https://addins.example.ru/sverka', ['preview']);
    server = await serveDirectory(outDir);
    ctx.previewUrl = `${server.url}/preview.html`;
    storeDir = mkdtempSync(join(tmpdir(), `sverka-pane-${name}-db-`));
    ctx.database = await openDatabase({ kind: 'sqlite', dataDir: storeDir });
    ctx.token = (await createToken(ctx.database.db, { department: DEPARTMENT, role: 'submitter' })).token;
    ctx.store = await buildStoreApp({ database: ctx.database, logger: false, origins: [server.url], ...(options.now ? { now: options.now } : {}) });
    await ctx.store.listen({ port: 0, host: '127.0.0.1' });
    ctx.storeUrl = `http://127.0.0.1:${(ctx.store.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    ctx.page = await browser.newPage({ viewport: { width: 350, height: 720 }, locale: 'ru-RU' });
    ctx.page.on('pageerror', (e) => ctx.pageErrors.push(e.message));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await ctx.store?.close();
    await ctx.database?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
    if (storeDir) rmSync(storeDir, { recursive: true, force: true });
  });

  return ctx;
}
