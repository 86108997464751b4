import type { LiveCamera } from '../shared/live-camera.js';
import type { FrameSubscriber } from '../shared/page-camera.js';
import { FrameFeed } from './frame-feed.js';
import type { FrameShape, FromWorker, ToWorker } from './frame-protocol.js';

/**
 * What the page's own worker receives: a frame-protocol message, marked as the package's, with the
 * page's clock origin so that `wx-camera/worker` gives timestamps on the page's clock.
 */
export interface ToPageWorker {
  wxCamera: ToWorker;
  pageTimeOrigin: number;
}

/** What `wx-camera/worker` answers on the page's worker, marked as the package's: only that it cannot read the track it was sent. */
export interface FromPageWorker {
  wxCamera: Extract<FromWorker, { type: 'unreadable' }>;
}

/** One listener's state: its feed while a camera is open, and its hearing of its worker's answers. */
interface Listening {
  feed: FrameFeed | null;
  /** Aborted when the listener goes: stops hearing `wx-camera/worker`'s answers. */
  hearing: AbortController;
}

/**
 * Frame listeners started with `{ worker }`: the camera's frames go straight into the page's
 * worker (where `wx-camera/worker` converts them) and never through the main thread's callbacks.
 * It owns one feed per listener while a camera is open, and hears each worker say when it cannot
 * read the track it was sent (its feed then sends frames).
 */
export class WorkerListeners {
  private readonly listening = new Map<FrameSubscriber, Listening>();
  private live: LiveCamera | null = null;

  constructor(private readonly shape: () => FrameShape) {}

  get size(): number {
    return this.listening.size;
  }

  add(listener: FrameSubscriber): void {
    if (this.listening.has(listener)) return;
    const entry: Listening = { feed: null, hearing: new AbortController() };
    this.listening.set(listener, entry);
    listener.worker?.addEventListener(
      'message',
      (event: MessageEvent) => {
        if ((event.data as Partial<FromPageWorker> | null)?.wxCamera?.type === 'unreadable') entry.feed?.unreadable();
      },
      { signal: entry.hearing.signal },
    );
    if (this.live) this.startFeed(listener, entry, this.live);
  }

  remove(listener: FrameSubscriber): void {
    const entry = this.listening.get(listener);
    if (!entry) return;
    this.listening.delete(listener);
    release(entry);
  }

  opened(live: LiveCamera): void {
    this.live = live;
    for (const [listener, entry] of this.listening) this.startFeed(listener, entry, live);
  }

  /** The camera closed; `final`: the listeners are stopped and returned, to be told so. */
  closed(final: boolean): FrameSubscriber[] {
    this.live = null;
    for (const entry of this.listening.values()) {
      entry.feed?.stop();
      entry.feed = null;
    }
    if (!final) return [];
    const ended = [...this.listening.keys()];
    for (const entry of this.listening.values()) release(entry);
    this.listening.clear();
    return ended;
  }

  reshape(): void {
    for (const listener of this.listening.keys()) post(listener, { type: 'shape', shape: this.shape() });
  }

  private startFeed(listener: FrameSubscriber, entry: Listening, live: LiveCamera): void {
    entry.feed?.stop();
    post(listener, { type: 'shape', shape: this.shape() });
    entry.feed = new FrameFeed((message, transfer) => post(listener, message, transfer), live);
  }
}

/** Stops a listener's feed and its hearing. */
function release(entry: Listening): void {
  entry.feed?.stop();
  entry.feed = null;
  entry.hearing.abort();
}

function post(listener: FrameSubscriber, message: ToWorker, transfer: Transferable[] = []): void {
  listener.worker?.postMessage({ wxCamera: message, pageTimeOrigin: performance.timeOrigin } satisfies ToPageWorker, transfer);
}
