import { nextCamera } from './camera-order';

const front = { deviceId: 'front', label: 'Front camera' };
const back = { deviceId: 'back', label: 'Back camera' };
const usb = { deviceId: 'usb', label: 'USB camera' };

describe('nextCamera', () => {
  it('has nothing to switch to with one camera or none', () => {
    expect(nextCamera([], null)).toBeNull();
    expect(nextCamera([front], 'front')).toBeNull();
  });

  it('ignores entries without an id (listed before permission was given)', () => {
    expect(nextCamera([front, { deviceId: '', label: '' }], 'front')).toBeNull();
  });

  it('goes to the next camera in order and wraps around', () => {
    expect(nextCamera([front, back, usb], 'front')).toBe(back);
    expect(nextCamera([front, back, usb], 'back')).toBe(usb);
    expect(nextCamera([front, back, usb], 'usb')).toBe(front);
  });

  it('picks the first camera when the current one is unknown', () => {
    expect(nextCamera([front, back], 'gone')).toBe(front);
    expect(nextCamera([front, back], null)).toBe(front);
  });
});
