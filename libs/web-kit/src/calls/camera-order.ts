/** A video input as the browser lists it (MediaDeviceInfo's useful part). */
export interface VideoInput {
  deviceId: string;
  label: string;
}

/**
 * The camera to switch to: the next one in the browser's order after the current one, wrapping around.
 * `null` when there is nothing to switch to (one camera or none), which also hides the switch button.
 * An unknown current camera (its id changed after a permission prompt) switches to the first other one.
 */
export function nextCamera(cameras: readonly VideoInput[], currentDeviceId: string | null): VideoInput | null {
  const usable = cameras.filter((camera) => camera.deviceId !== '');
  if (usable.length < 2) return null;
  const index = usable.findIndex((camera) => camera.deviceId === currentDeviceId);
  if (index === -1) return usable.find((camera) => camera.deviceId !== currentDeviceId) ?? null;
  return usable[(index + 1) % usable.length]!;
}
