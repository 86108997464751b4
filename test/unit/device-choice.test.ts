import { expect } from '@open-wc/testing';
import { pickDevice } from '../../src/camera/device-choice.js';
import type { DevicePosition } from '../../src/types.js';

/**
 * A video input as enumerateDevices() lists it: `label`, an id derived from it (or the given one),
 * and, where `facingMode` is given, getCapabilities() reporting it (as Chrome's InputDeviceInfo does).
 */
function camera(label: string, facingMode?: string[], deviceId = `id:${label}`): MediaDeviceInfo {
  const device = { deviceId, groupId: `group:${label}`, kind: 'videoinput', label, toJSON: () => ({}) };
  return (facingMode ? { ...device, getCapabilities: () => ({ deviceId, facingMode }) } : device) as unknown as MediaDeviceInfo;
}
const cameras = (...labels: string[]) => labels.map((label) => camera(label));

/** The label of the device chosen for `position`, or undefined for none. */
const chosen = (devices: MediaDeviceInfo[], position: DevicePosition) => pickDevice(devices, position)?.label;
/** The labels chosen for back and front. */
const sides = (devices: MediaDeviceInfo[]) => [chosen(devices, 'back'), chosen(devices, 'front')];

describe('pickDevice', () => {
  describe('phones', () => {
    it('iPhone with one back camera: "Back Camera" and "Front Camera"', () => {
      expect(sides(cameras('Front Camera', 'Back Camera'))).to.deep.equal(['Back Camera', 'Front Camera']);
      expect(sides(cameras('Back Camera', 'Front Camera'))).to.deep.equal(['Back Camera', 'Front Camera']);
    });

    it('iPhone with several back cameras: the main camera or the multi-camera device, never ultra-wide or telephoto alone', () => {
      const pro = cameras('Front Camera', 'Back Ultra Wide Camera', 'Back Telephoto Camera', 'Back Triple Camera', 'Back Dual Camera', 'Back Dual Wide Camera', 'Back Camera');
      expect(sides(pro)).to.deep.equal(['Back Triple Camera', 'Front Camera']);
      const proMainFirst = cameras('Back Telephoto Camera', 'Back Camera', 'Back Ultra Wide Camera', 'Back Triple Camera', 'Front Camera');
      expect(sides(proMainFirst)).to.deep.equal(['Back Camera', 'Front Camera']);
      const dualWide = cameras('Front Camera', 'Back Ultra Wide Camera', 'Back Dual Wide Camera', 'Back Camera');
      expect(sides(dualWide)).to.deep.equal(['Back Dual Wide Camera', 'Front Camera']);
      const dual = cameras('Back Telephoto Camera', 'Back Dual Camera', 'Front Camera');
      expect(chosen(dual, 'back')).to.equal('Back Dual Camera');
    });

    it('iPad Pro: never the LiDAR depth camera; a TrueDepth front camera is a colour camera', () => {
      const ipad = cameras('Back LiDAR Depth Camera', 'Back Ultra Wide Camera', 'Back Camera', 'Front TrueDepth Camera');
      expect(sides(ipad)).to.deep.equal(['Back Camera', 'Front TrueDepth Camera']);
    });

    it('Android Chrome: "camera2 0, facing back" for back, whatever the order, by facingMode or by label', () => {
      const ordered = [camera('camera2 1, facing front', ['user']), camera('camera2 0, facing back', ['environment']), camera('camera2 2, facing back', ['environment'])];
      expect(sides(ordered)).to.deep.equal(['camera2 0, facing back', 'camera2 1, facing front']);
      // As one phone listed them: the main back camera last.
      const shuffled = ['camera2 1, facing front', 'camera2 4, facing back', 'camera2 3, facing back', 'camera2 2, facing back', 'camera2 0, facing back'];
      expect(sides(shuffled.map((label) => camera(label, [label.endsWith('front') ? 'user' : 'environment'])))).to.deep.equal(['camera2 0, facing back', 'camera2 1, facing front']);
      expect(sides(cameras(...shuffled))).to.deep.equal(['camera2 0, facing back', 'camera2 1, facing front']);
    });

    it('Android Firefox: "Camera 0, Facing back" labels', () => {
      expect(sides(cameras('Camera 1, Facing front, Orientation 270', 'Camera 0, Facing back, Orientation 90'))).to.deep.equal([
        'Camera 0, Facing back, Orientation 90',
        'Camera 1, Facing front, Orientation 270',
      ]);
    });

    it('a phone with cameras on one side only gives its best one for the other side too', () => {
      const backOnly = cameras('camera2 2, facing back', 'camera2 0, facing back');
      expect(sides(backOnly)).to.deep.equal(['camera2 0, facing back', 'camera2 0, facing back']);
      expect(sides(cameras('Front Camera'))).to.deep.equal(['Front Camera', 'Front Camera']);
    });
  });

  describe('getCapabilities().facingMode', () => {
    it('decides before labels and list order', () => {
      const devices = [camera('Back Camera', ['user']), camera('Integrated Camera', ['environment'])];
      expect(sides(devices)).to.deep.equal(['Integrated Camera', 'Back Camera']);
      const chromebook = [camera('Front Camera (0c45:6a10)', ['user']), camera('Camera (0bda:5647)', ['environment'])];
      expect(sides(chromebook)).to.deep.equal(['Camera (0bda:5647)', 'Front Camera (0c45:6a10)']);
    });

    it('falls back to labels and order when it reports none (desktop Chrome gives [])', () => {
      const devices = [camera('HD Pro Webcam C920 (046d:082d)', []), camera('FaceTime HD Camera (Built-in) (05ac:8514)', [])];
      expect(sides(devices)).to.deep.equal(['HD Pro Webcam C920 (046d:082d)', 'FaceTime HD Camera (Built-in) (05ac:8514)']);
    });
  });

  describe('laptops and desktops', () => {
    it('one camera serves both sides', () => {
      expect(sides(cameras('FaceTime HD Camera'))).to.deep.equal(['FaceTime HD Camera', 'FaceTime HD Camera']);
      expect(sides(cameras('Integrated Camera (04f2:b6dd)'))).to.deep.equal(['Integrated Camera (04f2:b6dd)', 'Integrated Camera (04f2:b6dd)']);
    });

    it('cameras with no facing information: the first is back, the last front', () => {
      expect(sides(cameras('Integrated Camera (04f2:b6dd)', 'HD Pro Webcam C920 (046d:082d)'))).to.deep.equal(['Integrated Camera (04f2:b6dd)', 'HD Pro Webcam C920 (046d:082d)']);
      expect(sides(cameras('fake_device_0', 'fake_device_1'))).to.deep.equal(['fake_device_0', 'fake_device_1']);
    });

    it('FaceTime is front, so another webcam is back', () => {
      expect(sides(cameras('FaceTime HD Camera', 'HD Pro Webcam C920'))).to.deep.equal(['HD Pro Webcam C920', 'FaceTime HD Camera']);
    });

    it('Surface: "Microsoft Camera Front" and "Rear", never "Microsoft IR Camera Front"', () => {
      const surface = cameras('Microsoft IR Camera Front', 'Microsoft Camera Front', 'Microsoft Camera Rear');
      expect(sides(surface)).to.deep.equal(['Microsoft Camera Rear', 'Microsoft Camera Front']);
    });
  });

  describe('infrared and depth cameras', () => {
    it('never chooses a Windows Hello IR camera', () => {
      expect(sides(cameras('Integrated Camera (04f2:b6dd)', 'Integrated IR Camera (04f2:b6de)'))).to.deep.equal(['Integrated Camera (04f2:b6dd)', 'Integrated Camera (04f2:b6dd)']);
      expect(sides(cameras('Integrated IR Camera', 'Integrated Camera'))).to.deep.equal(['Integrated Camera', 'Integrated Camera']);
      expect(sides(cameras('HP TrueVision HD Camera', 'HP IR Camera'))).to.deep.equal(['HP TrueVision HD Camera', 'HP TrueVision HD Camera']);
    });

    it('never chooses a depth or infrared stream, but does choose a depth camera\'s RGB one', () => {
      const realsense = cameras('Intel(R) RealSense(TM) Depth Camera 435 Depth', 'Integrated Webcam', 'Intel(R) RealSense(TM) Depth Camera 435 RGB');
      expect(sides(realsense)).to.deep.equal(['Integrated Webcam', 'Intel(R) RealSense(TM) Depth Camera 435 RGB']);
      const withModule = cameras(
        'Intel(R) RealSense(TM) Depth Camera 435 with RGB Module Depth',
        'Intel(R) RealSense(TM) Depth Camera 435 with RGB Module IR',
        'Intel(R) RealSense(TM) Depth Camera 435 with RGB Module RGB',
      );
      expect(sides(withModule)).to.deep.equal(Array(2).fill('Intel(R) RealSense(TM) Depth Camera 435 with RGB Module RGB'));
      const f200 = cameras('Intel(R) RealSense(TM) 3D Camera (Front F200) Infrared', 'Intel(R) RealSense(TM) 3D Camera (Front F200) RGB');
      expect(chosen(f200, 'front')).to.equal('Intel(R) RealSense(TM) 3D Camera (Front F200) RGB');
    });

    it('chooses none when every camera is infrared or depth', () => {
      expect(sides(cameras('Integrated IR Camera', 'Intel(R) RealSense(TM) Depth Camera 435 Depth'))).to.deep.equal([undefined, undefined]);
    });
  });

  describe('virtual cameras', () => {
    it('counts them as cameras with no facing information', () => {
      expect(sides(cameras('Integrated Camera', 'OBS Virtual Camera', 'Snap Camera'))).to.deep.equal(['Integrated Camera', 'Snap Camera']);
      expect(sides(cameras('FaceTime HD Camera', 'OBS Virtual Camera'))).to.deep.equal(['OBS Virtual Camera', 'FaceTime HD Camera']);
    });
  });

  describe('before camera permission', () => {
    it('gives undefined for an empty list or one without ids', () => {
      expect(sides([])).to.deep.equal([undefined, undefined]);
      const hidden = [camera('', undefined, ''), camera('', undefined, '')];
      expect([pickDevice(hidden, 'back'), pickDevice(hidden, 'front')]).to.deep.equal([undefined, undefined]);
    });

    it('skips devices without ids, and goes by order where ids come without labels', () => {
      const partly = [camera('', undefined, ''), camera('Back Camera')];
      expect(sides(partly)).to.deep.equal(['Back Camera', 'Back Camera']);
      const unlabelled = [camera('', undefined, 'a'), camera('', undefined, 'b')];
      expect([pickDevice(unlabelled, 'back')?.deviceId, pickDevice(unlabelled, 'front')?.deviceId]).to.deep.equal(['a', 'b']);
    });

    it('returns a device of the list itself', () => {
      const devices = cameras('Front Camera', 'Back Camera');
      expect(pickDevice(devices, 'back')).to.equal(devices[1]);
      expect(pickDevice(devices, 'front')).to.equal(devices[0]);
    });
  });
});
