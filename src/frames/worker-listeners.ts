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

/**
 * Frame listeners started with `{ worker }`: the camera's frames go straight into the page's
 * worker (where `wx-camera/worker` converts them) and never through the main thread's callbacks.
 * It owns one feed per listener while a camera is open.
 */
export class WorkerListeners {
  private readonly feeds = new Map<FrameSubscriber, FrameFeed | null>();
  /** Per listener, ends its hearing of `wx-camera/worker`'s answers. */
  private readonly hearing = new Map<FrameSubscriber, AbortController>();
  private live: LiveCamera | null = null;

  constructor(private readonly shape: () => FrameShape) {}

  get size(): number {
    return this.feeds.size;
  }

  add(listener: FrameSubscriber): void {
    if (this.feeds.has(listener)) return;
    this.feeds.set(listener, null);
    this.hear(listener);
    if (this.live) this.startFeed(listener, this.live);
  }

  remove(listener: FrameSubscriber): void {
    if (!this.feeds.has(listener)) return;
    this.feeds.get(listener)?.stop();
    this.feeds.delete(listener);
    this.hearing.get(listener)?.abort();
    this.hearing.delete(listener);
  }

  opened(live: LiveCamera): void {
    this.live = live;
    for (const listener of this.feeds.keys()) this.startFeed(listener, live);
  }

  /** The camera closed; `final`: the listeners are stopped and returned, to be told so. */
  closed(final: boolean): FrameSubscriber[] {
    this.live = null;
    for (const [listener, feed] of this.feeds) {
      feed?.stop();
      this.feeds.set(listener, null);
    }
    if (!final) return [];
    const ended = [...this.feeds.keys()];
    this.feeds.clear();
    for (const hearing of this.hearing.values()) hearing.abort();
    this.hearing.clear();
    return ended;
  }

  reshape(): void {
    for (const listener of this.feeds.keys()) post(listener, { type: 'shape', shape: this.shape() });
  }

  /** Hears `listener`'s worker say it cannot read the track it was sent: its feed then sends frames. */
  private hear(listener: FrameSubscriber): void {
    const hearing = new AbortController();
    this.hearing.set(listener, hearing);
    listener.worker?.addEventListener(
      'message',
      (event: MessageEvent) => {
        const answer = (event.data as Partial<FromPageWorker> | null)?.wxCamera;
        if (answer?.type === 'unreadable') this.feeds.get(listener)?.unreadable();
      },
      { signal: hearing.signal },
    );
  }

  private startFeed(listener: FrameSubscriber, live: LiveCamera): void {
    this.feeds.get(listener)?.stop();
    post(listener, { type: 'shape', shape: this.shape() });
    this.feeds.set(listener, new FrameFeed((message, transfer) => post(listener, message, transfer), live));
  }
}

function post(listener: FrameSubscriber, message: ToWorker, transfer: Transferable[] = []): void {
  listener.worker?.postMessage({ wxCamera: message, pageTimeOrigin: performance.timeOrigin } satisfies ToPageWorker, transfer);
}
