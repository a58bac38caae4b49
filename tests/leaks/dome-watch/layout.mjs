// The dome controller's shared state: one Int32 word per field, written by the driver thread and
// read by the web threads without locks. SEQ counts dome movements (shutter, rotation, mode);
// SAFETY_SEQ counts changes of the weather-safety verdict. Readings are in fixed point.
export const SEQ = 0;
export const SHUTTER = 1; // 0 closed, 1 opening, 2 open, 3 closing
export const AZIMUTH = 2; // tenths of a degree
export const MODE = 3; // 0 parked, 1 tracking, 2 slewing, 3 manual
export const SAFETY_SEQ = 4;
export const SAFE = 5; // 1 safe to open, 0 not
export const TEMP = 6; // hundredths of a degree C
export const HUMIDITY = 7; // tenths of a percent
export const WIND = 8; // tenths of m/s
export const SKY = 9; // sky minus ambient, hundredths of a degree (cloud sensor)
export const READ_AT = 10; // seconds since the driver started
export const WORDS = 16;

export const SHUTTER_NAMES = ["closed", "opening", "open", "closing"];
export const MODE_NAMES = ["parked", "tracking", "slewing", "manual"];
