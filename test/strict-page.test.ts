import { expect } from '@open-wc/testing';

interface StrictPageResult {
  mode: string;
  error?: string;
  violations: string[];
  frames?: number;
  path?: string;
  photo?: string;
  trustedTypes?: boolean;
  scanning?: boolean;
  unavailable?: string;
  scans?: number;
  decoder?: string;
}

// Trusted Types pages refuse the first plain worker URL (the browser reports it once); the package
// then starts its workers through its 'wx-camera' policy. Any other violation is a failure.
const workerRefusal = /^require-trusted-types-for trusted-types-sink Worker constructor\|.*\/dist\/(frame|scan)-worker/;
const unexpected = (violations: string[]) => violations.filter((violation) => !workerRefusal.test(violation));

/** Opens the strict page (built bundle, strict CSP, Trusted Types) in a frame and waits for its report. */
async function strictPage(mode: string): Promise<StrictPageResult> {
  const frame = document.createElement('iframe');
  frame.allow = 'camera; microphone';
  frame.src = `/test/fixtures/strict-page.html?mode=${mode}`;
  const reported = new Promise<StrictPageResult>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !event.data?.strictPage) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data.strictPage);
    };
    window.addEventListener('message', onMessage);
  });
  document.body.append(frame);
  try {
    return await reported;
  } finally {
    frame.remove();
  }
}

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('runs the camera, the frame worker and photos, with no policy violation', async () => {
    const result = await strictPage('normal');
    expect(result.error).to.equal(undefined);
    expect(unexpected(result.violations)).to.deep.equal([]);
    expect(result.violations.length).to.be.at.most(1);
    expect(result.frames).to.be.at.least(3);
    expect(result.path).to.match(/^worker-/);
    expect(result.photo).to.match(/^\d+x\d+$/);
  });

  it('runs the scanner worker and its decoder, with no policy violation', async () => {
    const result = await strictPage('scanCode');
    expect(result.error).to.equal(undefined);
    expect(unexpected(result.violations)).to.deep.equal([]);
    expect(result.violations.length).to.be.at.most(1);
    expect(result.unavailable).to.equal('');
    expect(result.scanning).to.equal(true);
    expect(result.scans, `decoder ${result.decoder}`).to.be.at.least(1);
  });
});
