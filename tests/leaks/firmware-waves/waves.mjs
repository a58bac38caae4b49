/**
 * Splits a rollout's devices into waves: a small canary wave first, the rest evenly. With
 * `count` 3 and 6 devices that is [2, 2, 2]; with 20 devices [2, 9, 9].
 */
export function planWaves(devices, count) {
  const sorted = [...devices].sort();
  if (count <= 1 || sorted.length <= 2) return [sorted];
  const canary = Math.max(1, Math.round(sorted.length * 0.1));
  const waves = [sorted.slice(0, Math.max(canary, 2))];
  const rest = sorted.slice(waves[0].length);
  const per = Math.ceil(rest.length / (count - 1));
  for (let i = 0; i < rest.length; i += per) waves.push(rest.slice(i, i + per));
  return waves;
}
