import { expect } from '@open-wc/testing';
import { cameraFailure } from '../../src/camera/camera-errors.js';
import { CameraFailure } from '../../src/shared/camera-failure.js';

const reasonFor = (error: unknown) => {
  const failure = cameraFailure(error);
  expect(failure).to.be.instanceOf(CameraFailure);
  return failure.reason;
};

// The errMsg reasons of getUserMedia's errors, the contract's words for them.
describe('cameraFailure', () => {
  it('maps refusals to "auth deny"', () => {
    expect(reasonFor(new DOMException('Permission denied', 'NotAllowedError'))).to.equal('auth deny');
    expect(reasonFor(new DOMException('The request is not allowed', 'SecurityError'))).to.equal('auth deny');
    expect(reasonFor({ name: 'PermissionDeniedError' })).to.equal('auth deny');
  });

  it('maps a missing or unsuitable camera to "no camera device"', () => {
    expect(reasonFor(new DOMException('Requested device not found', 'NotFoundError'))).to.equal('no camera device');
    expect(reasonFor(new DOMException('Constraints could be not satisfied.', 'OverconstrainedError'))).to.equal('no camera device');
    expect(reasonFor({ name: 'DevicesNotFoundError', message: 'old Chrome' })).to.equal('no camera device');
  });

  it('maps a camera that cannot start to "camera is in use"', () => {
    expect(reasonFor(new DOMException('Could not start video source', 'NotReadableError'))).to.equal('camera is in use');
    expect(reasonFor(new DOMException('Starting videoinput failed', 'AbortError'))).to.equal('camera is in use');
    expect(reasonFor({ name: 'TrackStartError' })).to.equal('camera is in use');
  });

  it('gives any other error as "Name: message", or the message alone for a plain Error', () => {
    expect(reasonFor(new DOMException('The object is in an invalid state.', 'InvalidStateError'))).to.equal('InvalidStateError: The object is in an invalid state.');
    expect(reasonFor(new TypeError('video must be requested'))).to.equal('TypeError: video must be requested');
    expect(reasonFor(new Error('something broke'))).to.equal('something broke');
    expect(reasonFor('a string')).to.equal('a string');
    expect(reasonFor(null)).to.equal('null');
    expect(reasonFor({ code: 7 })).to.equal('[object Object]');
  });

  it('passes a CameraFailure through unchanged', () => {
    const failure = new CameraFailure('insecure context');
    expect(cameraFailure(failure)).to.equal(failure);
  });
});
