import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const root = join(__dirname, '..', '..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const DEV_ORIGIN = 'https://localhost:3000';

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: false, isArray: () => false });
const manifest = (parser.parse(xml) as Node).OfficeApp as Node;

/** Every element (with its name) in document order, for searches by name or attribute. */
function walk(node: unknown, name = 'OfficeApp', out: { name: string; node: Node }[] = []): { name: string; node: Node }[] {
  if (Array.isArray(node)) node.forEach((n) => walk(n, name, out));
  else if (node && typeof node === 'object') {
    out.push({ name, node: node as Node });
    for (const [key, child] of Object.entries(node)) if (!key.startsWith('@')) walk(child, key, out);
  }
  return out;
}
const elements = walk(manifest);
const named = (n: string) => elements.filter((e) => e.name === n).map((e) => e.node);
const text = (v: unknown): string => (typeof v === 'object' && v !== null ? String((v as Node)['#text'] ?? '') : String(v));

/** Every URL in the manifest: attribute values and element texts that look like one. */
function urlsOf(source: string): string[] {
  return [...source.replace(/<!--[\s\S]*?-->/g, '').matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repository file behind a development URL. */
function fileOf(url: string): string {
  const path = new URL(url).pathname;
  return path.startsWith('/assets/') ? join(root, path) : join(root, 'src', 'taskpane', path);
}

function rewrite(source: string, productionUrl: string): string {
  const module = pathToFileURL(join(root, 'scripts', 'manifest-urls.mjs')).href;
  const program = `import { rewriteManifestUrls } from ${JSON.stringify(module)};
    let input = ''; process.stdin.on('data', (d) => (input += d)).on('end', () => {
      try { process.stdout.write(rewriteManifestUrls(input, ${JSON.stringify(productionUrl)})); }
      catch (e) { process.stdout.write('ERROR: ' + e.message); }
    });`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', program], { input: source, encoding: 'utf8' });
}

describe('manifest.xml', () => {
  test('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test('has the required elements of an Excel task-pane add-in', () => {
    expect(manifest['@xsi:type']).toBe('TaskPaneApp');
    expect(text(manifest.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(text(manifest.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(manifest.ProviderName)).not.toBe('');
    expect(text(manifest.DefaultLocale)).toBe('ru-RU');
    expect(manifest.DisplayName).toMatchObject({ '@DefaultValue': 'Сверка', Override: { '@Locale': 'en-US' } });
    expect((manifest.Description as Node)['@DefaultValue']).toMatch(/муниципальной программы/);
    expect((manifest.Description as Node).Override).toMatchObject({ '@Locale': 'en-US' });
    expect(manifest.Hosts).toEqual({ Host: { '@Name': 'Workbook' } });
    expect(text(manifest.Permissions)).toBe('ReadWriteDocument');
    expect((manifest.DefaultSettings as Node).SourceLocation).toEqual({ '@DefaultValue': `${DEV_ORIGIN}/taskpane.html` });
    for (const key of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) expect((manifest[key] as Node)['@DefaultValue']).toMatch(/^https:\/\//);
  });

  test('asks for ExcelApi 1.13, the least set with everything the adapter calls', () => {
    expect(manifest.Requirements).toEqual({ Sets: { '@DefaultMinVersion': '1.13', Set: { '@Name': 'ExcelApi', '@MinVersion': '1.13' } } });
  });

  test('has a «Сверка» button on the Home tab that opens the task pane, and a function file', () => {
    const tab = named('OfficeTab')[0];
    expect(tab['@id']).toBe('TabHome');
    const button = named('Control').find((c) => c['@xsi:type'] === 'Button')!;
    const strings = new Map(named('bt:String').map((s) => [s['@id'], s['@DefaultValue']]));
    const urls = new Map(named('bt:Url').map((u) => [u['@id'], u['@DefaultValue']]));
    expect(strings.get((button.Label as Node)['@resid'])).toBe('Сверка');
    const action = button.Action as Node;
    expect(action['@xsi:type']).toBe('ShowTaskpane');
    expect(urls.get((action.SourceLocation as Node)['@resid'])).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(urls.get((named('FunctionFile')[0] as Node)['@resid'])).toBe(`${DEV_ORIGIN}/commands.html`);
  });

  test('every id is unique and every resid names a resource', () => {
    const ids = elements.map((e) => e.node['@id']).filter((id): id is string => typeof id === 'string');
    expect(new Set(ids).size).toBe(ids.length);
    const resources = new Set(named('bt:Image').concat(named('bt:Url'), named('bt:String')).map((r) => r['@id']));
    const resids = elements.map((e) => e.node['@resid']).filter((r): r is string => typeof r === 'string');
    expect(resids.length).toBeGreaterThan(5);
    for (const resid of resids) expect(resources).toContain(resid);
  });

  test('texts fit Office\'s limits (short strings 125, long strings 250 characters)', () => {
    for (const s of named('bt:ShortStrings').flatMap((g) => [g['bt:String']].flat()) as Node[]) {
      expect(String(s['@DefaultValue']).length).toBeLessThanOrEqual(125);
    }
    for (const s of named('bt:LongStrings').flatMap((g) => [g['bt:String']].flat()) as Node[]) {
      expect(String(s['@DefaultValue']).length).toBeLessThanOrEqual(250);
    }
  });

  test('every referenced icon exists with the pixel size its use and its name say', () => {
    const expected: [string, number][] = [
      [String((manifest.IconUrl as Node)['@DefaultValue']), 32],
      [String((manifest.HighResolutionIconUrl as Node)['@DefaultValue']), 64],
    ];
    const images = new Map(named('bt:Image').filter((i) => i['@DefaultValue']).map((i) => [i['@id'], String(i['@DefaultValue'])]));
    for (const use of named('bt:Image').filter((i) => i['@resid'])) expected.push([images.get(use['@resid'])!, Number(use['@size'])]);
    expect(expected.length).toBeGreaterThanOrEqual(8);
    for (const [url, size] of expected) {
      const file = fileOf(url);
      expect(existsSync(file)).toBe(true);
      expect(file).toMatch(new RegExp(`icon-${size}\\.png$`));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test.each([16, 32, 64, 80, 128])('assets/icon-%i.png is a %i-pixel square PNG', (size) => {
    expect(pngSize(join(root, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  test('all URLs are https on one origin, the app domain, and point at pages that exist', () => {
    const urls = urlsOf(xml);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(new URL(url).origin).toBe(DEV_ORIGIN);
    }
    expect(text((manifest.AppDomains as Node).AppDomain)).toBe(DEV_ORIGIN);
    for (const url of urls.filter((u) => u !== DEV_ORIGIN)) expect(existsSync(fileOf(url))).toBe(true);
  });
});

describe('rewriteManifestUrls (the production build)', () => {
  test.each([
    ['https://addins.stupino.example', 'https://addins.stupino.example'],
    ['https://addins.stupino.example/sverka/', 'https://addins.stupino.example/sverka'],
  ])('replaces every development URL with %s', (production, base) => {
    const out = rewrite(xml, production);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).not.toContain(DEV_ORIGIN);
    const urls = urlsOf(out);
    expect(urls).toHaveLength(urlsOf(xml).length);
    const origin = new URL(production).origin;
    for (const url of urls) expect(url === origin || url.startsWith(`${base}/`)).toBe(true);
    expect(out).toContain(`<AppDomain>${origin}</AppDomain>`);
    expect(out).toContain(`<SourceLocation DefaultValue="${base}/taskpane.html"/>`);
  });

  test.each([
    ['http://addins.stupino.example', 'served over https'],
    ['addins.stupino.example', 'is not a URL'],
    ['https://addins.stupino.example/?v=2', 'no query'],
  ])('refuses %s', (production, message) => {
    expect(rewrite(xml, production)).toContain(`ERROR: `);
    expect(rewrite(xml, production)).toContain(message);
  });
});
