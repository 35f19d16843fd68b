// The manifest is written with development URLs (https://localhost:3000); the production build
// (webpack.config.js) calls rewriteManifestUrls to put the configured production URL in their place.

export const DEV_ORIGIN = 'https://localhost:3000';

/**
 * Every development URL in the manifest → the production URL (an https origin, optionally with a path,
 * e.g. "https://addins.example.ru/sverka"). Throws on anything Office would not accept.
 */
export function rewriteManifestUrls(xml, productionUrl) {
  let url;
  try {
    url = new URL(productionUrl);
  } catch {
    throw new Error(`SVERKA_PRODUCTION_URL is not a URL: "${productionUrl}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`Office add-ins are served over https; SVERKA_PRODUCTION_URL is "${productionUrl}"`);
  if (url.search || url.hash) throw new Error(`SVERKA_PRODUCTION_URL must have no query or fragment: "${productionUrl}"`);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  // <AppDomain> takes an origin only; every other URL keeps its path under the production base.
  return xml
    .replace(/(<AppDomain>)\s*https:\/\/localhost:3000\/?\s*(<\/AppDomain>)/g, `$1${url.origin}$2`)
    .replaceAll(DEV_ORIGIN, base);
}
