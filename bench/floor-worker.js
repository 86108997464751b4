// The floor of `npm run bench`: the least main-thread work any off-main-thread frame pipeline can
// cost. This worker posts a frame-sized ArrayBuffer (transferred, not copied) to the page `fps`
// times a second; the page posts it straight back. A small pool of buffers goes round; when none
// is back yet the tick is skipped (and counted), as a pipeline that never queues frames would.
let timer = 0;
let pool = [];
let skipped = 0;

function stop() {
  clearTimeout(timer);
  timer = 0;
}

self.onmessage = (event) => {
  const message = event.data;
  if (message instanceof ArrayBuffer) {
    pool.push(message);
    return;
  }
  if (message.type === 'stop') {
    stop();
    pool = [];
    self.postMessage({ type: 'stopped', skipped });
    return;
  }
  if (message.type === 'start') {
    stop();
    skipped = 0;
    pool = Array.from({ length: 3 }, () => new ArrayBuffer(message.bytes));
    const period = 1000 / message.fps;
    const began = performance.now();
    let sent = 0;
    // Paced on absolute deadlines, so the rate is exactly `fps` on average whatever the timer's
    // granularity (setInterval would round 16.67 ms down and run at 62.5/s).
    const tick = () => {
      const buffer = pool.pop();
      if (buffer) self.postMessage(buffer, [buffer]);
      else skipped++;
      sent++;
      timer = setTimeout(tick, Math.max(0, began + (sent + 1) * period - performance.now()));
    };
    timer = setTimeout(tick, period);
  }
};
