// Monotonic time for anything measured inside the process (the wall clock jumps when NTP
// corrects it).
export const monotonicNow = (): number => performance.now();
