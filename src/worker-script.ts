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
