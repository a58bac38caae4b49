/**
 * Deep copies of plain data (nested objects and arrays, Dates, Maps). Written when the service
 * still ran on Node 16, before structuredClone was a global: a MessageChannel runs the same
 * structured-clone algorithm, and unlike a JSON round trip it keeps Dates as Dates.
 */
export function deepClone(value) {
  return new Promise((resolve, reject) => {
    const { port1, port2 } = new MessageChannel();
    port2.onmessage = (event) => resolve(event.data);
    try {
      port1.postMessage(value);
    } catch (err) {
      reject(err);
    }
  });
}
