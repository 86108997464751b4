/// <reference types="mocha" />
/**
 * A small Mini App runtime for tests: `Page()` and `Component()` as Mini App code writes them, the
 * page's WXML written by hand as a lit template (`<wx-camera>` in place of `<camera>`, `bindX`
 * attributes naming methods), and the page lifecycle (`mountPage`, `hidePage`, `showPage`,
 * `unloadPage`). `import '../../src/global.js'` before it gives the pages `wx.createCameraContext()`.
 *
 * Also what every Mini App page test checks at its end: `finishPage()` unloads the page and asserts
 * that no camera track is left live and no `unhandledrejection` or uncaught error reached `window`.
 */
import { expect } from '@open-wc/testing';
import { nothing, render, type TemplateResult } from 'lit';
import type { CameraContext } from '../../src/index.js';
import { liveTracks, requestsSettled } from '../helpers/camera-watch.js';
import { recordsEmptyFiles } from '../helpers/media.js';
import { restorePageVisibility, setPageVisibility } from '../helpers/page-visibility.js';

declare global {
  // Installed by `wx-camera/global`, as a Mini App runtime provides it.
  var wx: { createCameraContext(): CameraContext };
}

/** The WXML of a page or component: its data in, a lit template out. */
export type Template = (data: any) => TemplateResult;

/** What a `bindX` handler receives, shaped like a Mini App event. */
export interface MiniAppEvent<Detail = any> {
  type: string;
  timeStamp: number;
  detail: Detail;
  target: { id: string; dataset: Record<string, string> };
  currentTarget: { id: string; dataset: Record<string, string> };
}

type AnyData = Record<string, any>;

interface Instance<D> {
  data: D;
  /** Merges `patch` into `data`, re-renders, then calls `callback`. */
  setData(patch: Partial<D>, callback?: () => void): void;
}

export type PageInstance<D, C> = Instance<D> & C & { route: string; options: Record<string, string> };

interface PageHooks {
  onLoad?(query: Record<string, string>): void;
  onReady?(): void;
  onShow?(): void;
  onHide?(): void;
  onUnload?(): void;
}

type PageOptions<D, C> = { data?: D; template: Template } & PageHooks & C & ThisType<PageInstance<D, C>>;

/** A page, as `Page({...})` declares it: its data, lifecycle hooks, methods, fields and WXML. */
export function Page<D extends AnyData, C extends AnyData>(options: PageOptions<D, C>): PageOptions<D, C> {
  return options;
}

// Components keep fields of their own on `this` (set in `attached`), as Mini App code does.
type ComponentInstance<D, M> = Instance<D & AnyData> & M & AnyData & { triggerEvent(name: string, detail?: unknown): void };

interface ComponentOptions<D, M> {
  /** Property name → type (`String`) or `{ type, value }`; set from the element's attributes. */
  properties?: Record<string, unknown>;
  data?: D;
  template: Template;
  lifetimes?: { attached?(): void; ready?(): void; detached?(): void };
  pageLifetimes?: { show?(): void; hide?(): void };
  methods?: M;
}

/** A custom component, as `Component({...})` declares it; pages name it in `usingComponents`. */
export function Component<D extends AnyData, M extends AnyData>(
  options: ComponentOptions<D, M> & ThisType<ComponentInstance<D, M>>,
): ComponentOptions<D, M> {
  return options;
}

/** Page or component instance, as the runtime drives it. */
type Owner = Record<string, any> & { data: AnyData };

interface MountedComponent {
  element: HTMLElement;
  instance: Owner;
  options: ComponentOptions<AnyData, AnyData>;
  render(): void;
}

interface MountedPage {
  instance: Owner;
  container: HTMLElement;
  components: MountedComponent[];
  usingComponents: Record<string, ComponentOptions<AnyData, AnyData>>;
  render(): void;
}

let current: MountedPage | null = null;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const targetOf = (node: EventTarget | null) =>
  node instanceof HTMLElement ? { id: node.id, dataset: { ...node.dataset } as Record<string, string> } : { id: '', dataset: {} };

// Elements already wired, with the attribute names wired on each.
const wired = new WeakMap<Element, Set<string>>();

/** Wires the `bindX` / `catchX` attributes under `root` (not inside components) to `owner`'s methods. */
function wireEvents(root: ParentNode, owner: Owner): void {
  for (const element of root.querySelectorAll('*')) {
    for (const { name } of [...element.attributes]) {
      const match = /^(bind|catch):?(\w+)$/.exec(name);
      if (!match) continue;
      const done = wired.get(element) ?? new Set();
      wired.set(element, done);
      if (done.has(name)) continue;
      done.add(name);
      const type = match[2]!;
      element.addEventListener(type === 'tap' ? 'click' : type, (event) => {
        if (match[1] === 'catch') event.stopPropagation();
        const method = element.getAttribute(name)!;
        if (typeof owner[method] !== 'function') throw new Error(`no method "${method}" to handle ${name}`);
        const { clientX, clientY } = event as MouseEvent;
        owner[method]({
          type,
          timeStamp: event.timeStamp,
          detail: event instanceof CustomEvent ? event.detail : { x: clientX, y: clientY },
          target: targetOf(event.target),
          currentTarget: targetOf(element),
        } satisfies MiniAppEvent);
      });
    }
  }
}

// Instances whose WXML was rendered once: setData re-renders them (before that it only merges).
const rendered = new WeakSet<Owner>();

function makeInstance(fields: AnyData, data: AnyData | undefined, rerender: () => void): Owner {
  // Like the Mini App, each instance gets its own copy of the declared fields and data.
  const own = Object.entries(fields).map(([key, value]) => [key, typeof value === 'function' ? value : structuredClone(value)]);
  const instance: Owner = { ...Object.fromEntries(own), data: structuredClone(data ?? {}) };
  instance.setData = (patch: AnyData, callback?: () => void) => {
    Object.assign(instance.data, patch);
    if (rendered.has(instance)) rerender();
    callback?.call(instance);
  };
  return instance;
}

function propertiesOf(element: HTMLElement, options: ComponentOptions<AnyData, AnyData>): AnyData {
  const values: AnyData = {};
  for (const [name, spec] of Object.entries(options.properties ?? {})) {
    const { type, value } = (typeof spec === 'function' ? { type: spec } : spec) as { type: unknown; value?: unknown };
    const attribute = element.getAttribute(kebab(name));
    values[name] = attribute === null ? value : type === Number ? Number(attribute) : type === Boolean ? attribute !== 'false' : attribute;
  }
  return values;
}

/** Creates the components the page's markup holds, updates their properties, detaches the removed ones. */
function syncComponents(page: MountedPage): void {
  for (const component of page.components.filter(({ element }) => !element.isConnected)) {
    page.components.splice(page.components.indexOf(component), 1);
    component.options.lifetimes?.detached?.call(component.instance);
  }
  for (const component of page.components) {
    const properties = propertiesOf(component.element, component.options);
    if (Object.entries(properties).some(([name, value]) => component.instance.data[name] !== value)) {
      component.instance.setData(properties);
    }
  }
  for (const [tag, options] of Object.entries(page.usingComponents)) {
    for (const element of page.container.querySelectorAll<HTMLElement>(tag)) {
      if (page.components.some((component) => component.element === element)) continue;
      const root = element.attachShadow({ mode: 'open' });
      const component: MountedComponent = {
        element,
        options,
        instance: makeInstance(options.methods ?? {}, { ...options.data, ...propertiesOf(element, options) }, () => component.render()),
        render() {
          render(options.template(component.instance.data), root);
          wireEvents(root, component.instance);
        },
      };
      component.instance.triggerEvent = (name: string, detail?: unknown) => element.dispatchEvent(new CustomEvent(name, { detail }));
      page.components.push(component);
      options.lifetimes?.attached?.call(component.instance);
      component.render();
      rendered.add(component.instance);
      options.lifetimes?.ready?.call(component.instance);
    }
  }
}

/**
 * Loads a page as the Mini App runtime does: `onLoad(query)` first (before `<wx-camera>` exists),
 * then renders its WXML, then `onShow` and `onReady`. Returns the page instance (`this` of its code).
 */
export function mountPage<D extends AnyData, C extends AnyData>(
  options: PageOptions<D, C>,
  { query = {}, usingComponents = {} }: { query?: Record<string, string>; usingComponents?: Record<string, ComponentOptions<AnyData, AnyData>> } = {},
): PageInstance<D, C> {
  if (current) throw new Error('a page is already mounted: unloadPage() first');
  const { data, template, ...fields } = options as PageOptions<D, C> & AnyData;
  const container = document.createElement('div');
  container.className = 'mini-app-page';
  const page: MountedPage = {
    container,
    components: [],
    usingComponents,
    instance: makeInstance(fields, data, () => page.render()),
    render() {
      render(template(page.instance.data), container);
      wireEvents(container, page.instance);
      syncComponents(page);
    },
  };
  current = page;
  Object.assign(page.instance, { route: 'pages/camera/camera', options: query });
  page.instance.onLoad?.(query);
  document.body.append(container);
  page.render();
  rendered.add(page.instance);
  page.instance.onShow?.();
  page.instance.onReady?.();
  return page.instance as PageInstance<D, C>;
}

function mounted(): MountedPage {
  if (!current) throw new Error('no page is mounted');
  return current;
}

/**
 * The app goes to the background: the page is hidden (the camera stops and `bindstop` runs, as the
 * browser tells the element first), then `onHide` and the components' `pageLifetimes.hide`.
 */
export function hidePage(): void {
  const page = mounted();
  setPageVisibility('hidden');
  page.instance.onHide?.();
  for (const { options, instance } of page.components) options.pageLifetimes?.hide?.call(instance);
}

/** The app comes back: the page is visible again (the camera reopens), then `onShow`. */
export function showPage(): void {
  const page = mounted();
  setPageVisibility('visible');
  page.instance.onShow?.();
  for (const { options, instance } of page.components) options.pageLifetimes?.show?.call(instance);
}

/** The page is closed: `onUnload`, then its DOM goes (components are detached). */
export function unloadPage(): void {
  const page = mounted();
  current = null;
  page.instance.onUnload?.();
  render(nothing, page.container);
  page.container.remove();
  syncComponents(page);
}

/** The page's root element, to find rendered nodes in. */
export function pageRoot(): HTMLElement {
  return mounted().container;
}

// What reached `window` during a test: unhandled rejections and uncaught errors.
const pageErrors: string[] = [];
const reason = (value: unknown) => (value as { errMsg?: string; message?: string } | null)?.errMsg ?? (value as Error | null)?.message ?? String(value);
window.addEventListener('unhandledrejection', (event) => pageErrors.push(`unhandledrejection: ${reason(event.reason)}`));
window.addEventListener('error', (event) => pageErrors.push(`error: ${event instanceof ErrorEvent ? event.message : (event as Event).type}`));

/**
 * Ends a page test: unloads the page, then asserts no camera track is left live and nothing
 * reached `window` as an `unhandledrejection` or uncaught error.
 */
export async function finishPage(): Promise<void> {
  if (current) unloadPage();
  await requestsSettled();
  await new Promise((resolve) => setTimeout(resolve, 100)); // late unhandledrejection events
  expect(liveTracks().map((track) => `${track.kind} ${track.label}`), 'live tracks').to.deep.equal([]);
  expect([...pageErrors], 'unhandledrejection / uncaught errors on window').to.deep.equal([]);
}

beforeEach(() => {
  pageErrors.length = 0;
});

afterEach(async () => {
  if (current) unloadPage();
  restorePageVisibility();
  await requestsSettled();
});

/**
 * How long a page test waits for the camera (`waitUntil(check, message, WAIT)`): generous, as
 * WebKitGTK opens its camera in seconds when the machine is busy.
 */
export const WAIT = { timeout: 20000 };

/** A page test's own time limit: it opens the camera several times. */
export const PAGE_TEST_MS = 60000;

/** WebKitGTK here records empty files (see test/webkit/): recording patterns run in Chromium and Firefox. */
export const engineRecords = !recordsEmptyFiles;
