// LibreOffice for the annex tests: made present by scripts/ensure-libreoffice.sh (apt-get when missing),
// then used to turn the generated .docx and .xlsx into PDF, the way a person opening them would see them.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/** Minutes LibreOffice may take to start and convert (it is slow on a busy machine). */
const CONVERSION_TIMEOUT_MS = 4 * 60 * 1000;

/** Runs the install script; the reason it failed, or null when soffice, pdftotext and pdftoppm are there. */
export async function ensureLibreOffice(): Promise<string | null> {
  try {
    await run(join(ROOT, 'scripts', 'ensure-libreoffice.sh'), [], { timeout: 15 * 60 * 1000 });
    return null;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return (e.stderr ?? '').trim() || e.message;
  }
}

/**
 * Converts the files to PDF in one LibreOffice run, in a Russian locale (as a finance officer's machine shows
 * numbers: "345 128,0") and with a profile of its own, so that another LibreOffice running does not interfere.
 * Returns the PDFs' paths in the order of the files.
 */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  const pdfs = files.map((f) => join(outDir, f.replace(/^.*\//, '').replace(/\.[^.]+$/, '.pdf')));
  if (new Set(pdfs).size !== pdfs.length) throw new Error(`the files would convert to the same PDF: ${files.join(', ')}`);
  const profile = mkdtempSync(join(tmpdir(), 'sverka-lo-profile-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      timeout: CONVERSION_TIMEOUT_MS,
      env: { ...process.env, LC_ALL: 'ru_RU.UTF-8', LANG: 'ru_RU.UTF-8', LANGUAGE: 'ru' },
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return pdfs;
}

/** The PDF's text, with no-break and thin spaces as plain spaces. */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.replace(/[\u00a0\u202f\u2009]/g, ' ');
}

/** Page count and the first page's size in points. */
export async function pdfPages(pdf: string): Promise<{ pages: number; width: number; height: number }> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(stdout);
  return { pages, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) };
}

/** Renders one page as a PNG (`prefix`.png); returns its path. */
export async function renderPage(pdf: string, page: number, prefix: string): Promise<string> {
  await run('pdftoppm', ['-png', '-r', '110', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}
