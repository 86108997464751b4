import { expect } from '@open-wc/testing';
import { finiteNumber, oneOf, optionalBoolean } from '../../src/context/option-checks.js';
import { CameraFailure } from '../../src/shared/camera-failure.js';

/** The reason a check fails with (it must fail with a CameraFailure). */
function reasonOf(check: () => unknown): string {
  try {
    check();
  } catch (error) {
    expect(error).to.be.instanceOf(CameraFailure);
    return (error as CameraFailure).reason;
  }
  throw new Error('expected the check to fail');
}

describe('option checks', () => {
  const QUALITIES = ['high', 'normal', 'low'] as const;

  it('oneOf: an allowed value, the fallback for undefined, else a reason listing the choices', () => {
    expect(oneOf('quality', 'high', QUALITIES, 'normal')).to.equal('high');
    expect(oneOf('quality', 'low', QUALITIES, 'normal')).to.equal('low');
    expect(oneOf('quality', undefined, QUALITIES, 'normal')).to.equal('normal');
    expect(reasonOf(() => oneOf('quality', 'HIGH', QUALITIES, 'normal'))).to.equal('invalid quality: expected high, normal, low, got "HIGH"');
    expect(reasonOf(() => oneOf('quality', null, QUALITIES, 'normal'))).to.equal('invalid quality: expected high, normal, low, got null');
    expect(reasonOf(() => oneOf('quality', 1, QUALITIES, 'normal'))).to.equal('invalid quality: expected high, normal, low, got 1');
    expect(reasonOf(() => oneOf('quality', ['high'], QUALITIES, 'normal'))).to.equal('invalid quality: expected high, normal, low, got an array');
    expect(reasonOf(() => oneOf('quality', '', QUALITIES, 'normal'))).to.equal('invalid quality: expected high, normal, low, got ""');
  });

  it('optionalBoolean: true or false, the fallback for undefined, else a reason', () => {
    expect(optionalBoolean('selfieMirror', true, false)).to.equal(true);
    expect(optionalBoolean('selfieMirror', false, true)).to.equal(false);
    expect(optionalBoolean('selfieMirror', undefined, true)).to.equal(true);
    expect(reasonOf(() => optionalBoolean('selfieMirror', 0, true))).to.equal('invalid selfieMirror: expected true or false, got 0');
    expect(reasonOf(() => optionalBoolean('selfieMirror', 'true', true))).to.equal('invalid selfieMirror: expected true or false, got "true"');
    expect(reasonOf(() => optionalBoolean('selfieMirror', null, true))).to.equal('invalid selfieMirror: expected true or false, got null');
  });

  it('finiteNumber: a finite number, the fallback for undefined when there is one, else a reason', () => {
    expect(finiteNumber('timeout', 5)).to.equal(5);
    expect(finiteNumber('timeout', -1.5)).to.equal(-1.5);
    expect(finiteNumber('timeout', 0, 30)).to.equal(0);
    expect(finiteNumber('timeout', undefined, 30)).to.equal(30);
    expect(finiteNumber('timeout', undefined, 0)).to.equal(0);
    expect(reasonOf(() => finiteNumber('timeout', undefined))).to.equal('invalid timeout: expected a number, got undefined');
    expect(reasonOf(() => finiteNumber('timeout', NaN, 30))).to.equal('invalid timeout: expected a number, got NaN');
    expect(reasonOf(() => finiteNumber('timeout', Infinity))).to.equal('invalid timeout: expected a number, got Infinity');
    expect(reasonOf(() => finiteNumber('timeout', -Infinity))).to.equal('invalid timeout: expected a number, got -Infinity');
    expect(reasonOf(() => finiteNumber('timeout', '5'))).to.equal('invalid timeout: expected a number, got "5"');
    expect(reasonOf(() => finiteNumber('timeout', null, 30))).to.equal('invalid timeout: expected a number, got null');
    expect(reasonOf(() => finiteNumber('timeout', 10n))).to.equal('invalid timeout: expected a number, got 10');
  });
});
