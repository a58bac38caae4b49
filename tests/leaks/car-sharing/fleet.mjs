import { telematics } from "./telematics.mjs";

/** The shared cars of the Amsterdam West zone. */
export const CARS = [
  ["GX-412-K", "Renault Zoe", "Bos en Lommerplein"],
  ["GX-413-K", "Renault Zoe", "Mercatorplein"],
  ["HB-118-T", "Kia e-Niro", "Postjesweg"],
  ["HB-119-T", "Kia e-Niro", "Jan Evertsenstraat"],
  ["JF-902-R", "VW ID.3", "De Clercqstraat"],
  ["JF-903-R", "VW ID.3", "Admiraal de Ruijterweg"],
  ["KL-330-P", "Peugeot e-208", "Baarsjesweg"],
  ["KL-331-P", "Peugeot e-208", "Hoofdweg"],
  ["NR-507-V", "Toyota Corolla", "Erasmusgracht"],
  ["NR-508-V", "Toyota Corolla", "Surinameplein"],
  ["PT-640-D", "Tesla Model 3", "Hoofddorpplein"],
  ["PT-641-D", "Tesla Model 3", "Overtoom"],
].map(([id, model, spot], n) => ({
  id,
  model,
  spot,
  busyWith: null,
  odometerKm: 18_000 + n * 1_375,
  position: { lat: 52.37 + n * 0.002, lng: 4.85 + n * 0.003 },
}));

export function pickCar() {
  return CARS.find((car) => car.busyWith === null);
}

export function releaseCar(carId, spot) {
  const car = CARS.find((c) => c.id === carId);
  if (!car) return;
  car.busyWith = null;
  if (spot) car.spot = spot;
}

/** The boxes of cars on a trip send a ping about four times a second. */
setInterval(() => {
  for (const car of CARS) {
    if (!car.busyWith) continue;
    car.odometerKm += 0.05;
    car.position = { lat: car.position.lat + 0.0001, lng: car.position.lng - 0.0001 };
    telematics.publish(car.id, {
      at: Date.now(),
      position: car.position,
      odometerKm: Math.round(car.odometerKm * 100) / 100,
      speedKmh: 28 + Math.round(Math.random() * 20),
    });
  }
}, 250).unref();
