/**
 * A very small stand-in for the Mini App page runtime, for the porting guide only: `Page(definition)`
 * keeps the page object, `setData` merges data and re-renders the bindings. A real port keeps its
 * own page framework (Taro, uni-app, a hand-written one); only `wx.createCameraContext()` and the
 * `<camera>` element come from wx-camera.
 */
export interface MiniAppPage {
  data: Record<string, unknown>;
  setData(patch: Record<string, unknown>): void;
  [handler: string]: unknown;
}

let current: MiniAppPage | null = null;
const renderers = new Set<(page: MiniAppPage) => void>();

/** The Mini App's global `Page()`: registers the page definition. */
export function Page(definition: Record<string, unknown>): void {
  const page = {
    data: {},
    ...definition,
    setData(patch: Record<string, unknown>) {
      page.data = { ...page.data, ...patch };
      renderers.forEach((render) => render(page));
    },
  } as MiniAppPage;
  current = page;
}

/** The page the last `Page()` call defined. */
export function currentPage(): MiniAppPage | null {
  return current;
}

/** Calls `render` with the page now and after every setData. */
export function onPageData(render: (page: MiniAppPage) => void): () => void {
  renderers.add(render);
  if (current) render(current);
  return () => renderers.delete(render);
}
