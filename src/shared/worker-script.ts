/**
 * Worker URLs on pages that enforce Trusted Types (`require-trusted-types-for 'script'`), where a
 * worker URL must be a TrustedScriptURL: the package's `wx-camera` policy vouches for its own worker
 * files only (allow it with `trusted-types wx-camera`). Workers are still created with the literal
 * `new Worker(new URL('./x.js', import.meta.url))` first, the form bundlers recognise and bundle.
 */
interface TrustedTypePolicyLike {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedTypePolicyLike;
}

let policy: TrustedTypePolicyLike | null | undefined;
/** Whether the page refused a plain worker URL once: then every later worker goes the trusted way. */
let plainRefused = false;

/** Module URLs that import a cross-origin worker file, one per file, kept for the page's life. */
const importers = new Map<string, string>();

/**
 * Starts one of the package's workers: `literal` is `new Worker(new URL('./x.js', import.meta.url),
 * options)` written out, so bundlers find and bundle the file; `file` and `base` name the same file
 * for the two cases the literal cannot serve (apart from it, so bundlers do not copy the file a
 * second time). On a Trusted Types page that refuses the literal (once per page: the browser reports
 * that refusal), the URL goes through the policy. Where the package itself comes from another origin
 * (the bundle from a CDN), browsers refuse a worker script of that origin: the worker is then a
 * same-origin `blob:` module that imports it.
 */
export function startPackageWorker(literal: () => Worker, file: string, base: string, options: WorkerOptions): Worker {
  const url = new URL(file, base);
  // A worker file of another web origin: the bundle from a CDN.
  if (/^https?:$/.test(url.protocol) && url.origin !== globalThis.location?.origin) {
    return new Worker(crossOriginImporter(url), { ...options, type: 'module' });
  }
  if (!plainRefused) {
    try {
      return literal();
    } catch (refused) {
      if (!(refused instanceof TypeError)) throw refused;
      plainRefused = true;
      return new Worker(trustedScriptUrl(url, refused), options);
    }
  }
  return new Worker(trustedScriptUrl(url, new TypeError('plain worker URLs are refused here')), options);
}

/**
 * `url` as a TrustedScriptURL from the package's `wx-camera` policy, for pages that enforce Trusted
 * Types, where `new Worker(url)` threw `refused`. Throws `refused` again where no policy can be made.
 */
export function trustedScriptUrl(url: URL, refused: unknown): string {
  if (policy === undefined) {
    const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    try {
      policy =
        trustedTypes?.createPolicy('wx-camera', {
          // Only the package's own worker files, from the origin this module came from.
          createScriptURL: (value) => {
            if (new URL(value).origin !== new URL(import.meta.url).origin) throw new TypeError(`not a wx-camera worker: ${value}`);
            return value;
          },
        }) ?? null;
    } catch {
      policy = null; // the page allows no policy of that name
    }
  }
  if (!policy) throw refused;
  return policy.createScriptURL(url.href) as string;
}

/**
 * A `blob:` URL of a module that imports `url` (CORS lets it, as CDNs serve with
 * `Access-Control-Allow-Origin: *`); the imported worker keeps its own `import.meta.url`, so the
 * files it loads from beside itself still come from its origin. Never revoked: a worker may be
 * started from it again, and there is one per worker file.
 */
function crossOriginImporter(url: URL): string {
  let importer = importers.get(url.href);
  if (!importer) {
    importer = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
    importers.set(url.href, importer);
  }
  return importer;
}
