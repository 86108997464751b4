import { expect } from '@open-wc/testing';
import { callMethod, describe as describeValue, type OptionBag } from '../../src/context/callback-convention.js';
import { CameraFailure } from '../../src/shared/camera-failure.js';

/** Callbacks that record, in order, which ran and with what. */
function recorder() {
  const calls: [string, unknown][] = [];
  const record = (name: string) => (res: unknown) => void calls.push([name, res]);
  return { calls, success: record('success'), fail: record('fail'), complete: record('complete') };
}

/** Waits until promise callbacks queued so far have run. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

/** Runs `body` with globalThis.reportError recording what it is given, then puts it back. */
async function reportingTo(body: (reported: unknown[]) => Promise<void>): Promise<void> {
  const reportError = globalThis.reportError;
  const reported: unknown[] = [];
  globalThis.reportError = (error: unknown) => void reported.push(error);
  try {
    await body(reported);
  } finally {
    globalThis.reportError = reportError;
  }
}

// The Mini App calling convention: success/fail then complete, or a Promise when no callback is given.
describe('callMethod', () => {
  it('a bare call that fails raises no unhandledrejection, and awaiting it still rejects', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      // As pages call stopRecord() on hide, ignoring the outcome.
      void callMethod('stopRecord', {}, () => {
        throw new CameraFailure('is not recording');
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unhandled, 'unhandledrejection events').to.deep.equal([]);
      const awaited = await (callMethod('stopRecord', {}, () => {
        throw new CameraFailure('is not recording');
      }) as Promise<unknown>).then(
        () => 'resolved',
        (res: { errMsg: string }) => res.errMsg,
      );
      expect(awaited).to.equal('stopRecord:fail is not recording');
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('calls success then complete with "<method>:ok" and the result, and returns undefined', async () => {
    const { calls, ...callbacks } = recorder();
    const returned = callMethod('takePhoto', callbacks, () => ({ tempImagePath: 'blob:x' }));
    expect(returned).to.equal(undefined);
    expect(calls, 'callbacks run later, never during the call').to.deep.equal([]);
    await settled();
    const res = { errMsg: 'takePhoto:ok', tempImagePath: 'blob:x' };
    expect(calls).to.deep.equal([['success', res], ['complete', res]]);
    expect(calls[0][1], 'one result object for both').to.equal(calls[1][1]);
  });

  it('calls fail then complete with only "<method>:fail <reason>"', async () => {
    const { calls, ...callbacks } = recorder();
    const returned = callMethod('startRecord', callbacks, async () => {
      throw new CameraFailure('auth deny');
    });
    expect(returned).to.equal(undefined);
    await settled();
    const res = { errMsg: 'startRecord:fail auth deny' };
    expect(calls).to.deep.equal([['fail', res], ['complete', res]]);
  });

  it('takes the reason from any error: CameraFailure reason, Error message or name, anything else as text', async () => {
    const errMsgOf = (error: unknown) =>
      (callMethod('setZoom', undefined, () => Promise.reject(error)) as Promise<unknown>).then(
        () => 'resolved',
        (res: { errMsg: string }) => res.errMsg,
      );
    expect(await errMsgOf(new CameraFailure('camera is in use'))).to.equal('setZoom:fail camera is in use');
    expect(await errMsgOf(new Error('boom'))).to.equal('setZoom:fail boom');
    expect(await errMsgOf(new DOMException('', 'AbortError'))).to.equal('setZoom:fail AbortError');
    expect(await errMsgOf('plain text')).to.equal('setZoom:fail plain text');
  });

  it('returns a Promise only when no callback is given: it resolves the result, or rejects { errMsg }', async () => {
    const ok = callMethod('setZoom', undefined, () => ({ zoom: 2 }));
    expect(ok).to.be.instanceOf(Promise);
    expect(await ok).to.deep.equal({ errMsg: 'setZoom:ok', zoom: 2 });
    expect(await callMethod('setZoom', {}, async () => ({ zoom: 3 }))).to.deep.equal({ errMsg: 'setZoom:ok', zoom: 3 });
    expect(await callMethod('setZoom', null, () => ({}))).to.deep.equal({ errMsg: 'setZoom:ok' });

    const rejection = await (callMethod('setZoom', { zoom: 2 }, () => Promise.reject(new CameraFailure('no camera'))) as Promise<unknown>).catch((e: unknown) => e);
    expect(rejection).to.deep.equal({ errMsg: 'setZoom:fail no camera' });
    expect(rejection).not.to.be.instanceOf(Error);

    // Any one callback makes it callback style; callbacks that are not functions count as none.
    expect(callMethod('setZoom', { complete: () => undefined }, () => ({}))).to.equal(undefined);
    expect(callMethod('setZoom', { fail: () => undefined }, () => ({}))).to.equal(undefined);
    expect(callMethod('setZoom', { success: 'yes', fail: null }, () => ({}))).to.be.instanceOf(Promise);
  });

  it('gives the operation the option object itself, or {} for undefined and null', async () => {
    const seen: OptionBag[] = [];
    const option = { zoom: 2 };
    await callMethod('setZoom', option, (bag) => (seen.push(bag), {}));
    await callMethod('setZoom', undefined, (bag) => (seen.push(bag), {}));
    await callMethod('setZoom', null, (bag) => (seen.push(bag), {}));
    expect(seen[0]).to.equal(option);
    expect(seen.slice(1)).to.deep.equal([{}, {}]);
  });

  it('fails, without running the operation, for an option that is not an object', async () => {
    let ran = false;
    const errMsgOf = (option: unknown) =>
      (callMethod('takePhoto', option, () => ((ran = true), {})) as Promise<unknown>).then(
        () => 'resolved',
        (res: { errMsg: string }) => res.errMsg,
      );
    expect(await errMsgOf(42)).to.equal('takePhoto:fail invalid option: expected an object, got 42');
    expect(await errMsgOf('high')).to.equal('takePhoto:fail invalid option: expected an object, got "high"');
    expect(await errMsgOf([])).to.equal('takePhoto:fail invalid option: expected an object, got an array');
    expect(await errMsgOf(true)).to.equal('takePhoto:fail invalid option: expected an object, got true');
    expect(await errMsgOf(NaN)).to.equal('takePhoto:fail invalid option: expected an object, got NaN');
    expect(await errMsgOf(() => undefined)).to.equal('takePhoto:fail invalid option: expected an object, got a function');
    expect(ran).to.equal(false);
  });

  it('makes an operation that throws synchronously a fail, never a throw', async () => {
    const operation = () => {
      throw new CameraFailure('not ready');
    };
    let returned: unknown;
    expect(() => (returned = callMethod('stopRecord', undefined, operation))).not.to.throw();
    expect(await (returned as Promise<unknown>).catch((e: unknown) => e)).to.deep.equal({ errMsg: 'stopRecord:fail not ready' });

    const { calls, ...callbacks } = recorder();
    expect(() => callMethod('stopRecord', callbacks, operation)).not.to.throw();
    await settled();
    expect(calls).to.deep.equal([['fail', { errMsg: 'stopRecord:fail not ready' }], ['complete', { errMsg: 'stopRecord:fail not ready' }]]);
  });

  it('reports a callback that throws (reportError) and still calls complete', async () => {
    await reportingTo(async (reported) => {
      const thrown = [new Error('in success'), new Error('in fail'), new Error('in complete')];
      const completed: string[] = [];
      callMethod('takePhoto', { success: () => { throw thrown[0]; }, complete: (res: { errMsg: string }) => completed.push(res.errMsg) }, () => ({}));
      callMethod('takePhoto', { fail: () => { throw thrown[1]; }, complete: (res: { errMsg: string }) => completed.push(res.errMsg) }, () => {
        throw new CameraFailure('busy');
      });
      const returned = callMethod('takePhoto', { complete: () => { throw thrown[2]; } }, () => ({}));
      expect(returned).to.equal(undefined);
      await settled();
      expect(completed).to.deep.equal(['takePhoto:ok', 'takePhoto:fail busy']);
      expect(reported).to.have.members(thrown);
    });
  });
});

describe('describe (bad values in an errMsg)', () => {
  it('names values the way errMsg reasons show them', () => {
    expect(describeValue(null)).to.equal('null');
    expect(describeValue(undefined)).to.equal('undefined');
    expect(describeValue([1, 2])).to.equal('an array');
    expect(describeValue(NaN)).to.equal('NaN');
    expect(describeValue(42)).to.equal('42');
    expect(describeValue(-Infinity)).to.equal('-Infinity');
    expect(describeValue(false)).to.equal('false');
    expect(describeValue(10n)).to.equal('10');
    expect(describeValue(Symbol('s'))).to.equal('Symbol(s)');
    expect(describeValue(() => 1)).to.equal('a function');
    expect(describeValue({ a: 1 })).to.equal('an object');
  });

  it('quotes strings, cutting them after 40 characters', () => {
    expect(describeValue('')).to.equal('""');
    expect(describeValue('say "hi"')).to.equal('"say \\"hi\\""');
    expect(describeValue('x'.repeat(40))).to.equal(`"${'x'.repeat(40)}"`);
    expect(describeValue('x'.repeat(41))).to.equal(`"${'x'.repeat(40)}…"`);
  });
});
