"use strict";

// Boilers we fit, installed price in pence (boiler, standard flue, controls, 1 day labour).
const BOILERS = [
  {
    sku: "WB-GC2000-25",
    make: "Worcester Bosch",
    model: "Greenstar 2000 25kW",
    type: "combi",
    kw: 25,
    pence: 198000,
    warrantyYears: 10,
  },
  {
    sku: "WB-GC4000-30",
    make: "Worcester Bosch",
    model: "Greenstar 4000 30kW",
    type: "combi",
    kw: 30,
    pence: 226000,
    warrantyYears: 12,
  },
  {
    sku: "VL-ECO-35",
    make: "Vaillant",
    model: "ecoTEC plus 835",
    type: "combi",
    kw: 35,
    pence: 241000,
    warrantyYears: 10,
  },
  {
    sku: "ID-LOGIC-S24",
    make: "Ideal",
    model: "Logic Max System S24",
    type: "system",
    kw: 24,
    pence: 189000,
    warrantyYears: 7,
  },
  {
    sku: "VL-ECO-S30",
    make: "Vaillant",
    model: "ecoTEC plus 630 system",
    type: "system",
    kw: 30,
    pence: 218000,
    warrantyYears: 10,
  },
  {
    sku: "BX-HEAT-18",
    make: "Baxi",
    model: "Heat 618 regular",
    type: "regular",
    kw: 18,
    pence: 171000,
    warrantyYears: 7,
  },
];

const EXTRAS = {
  "magnetic filter": 14500,
  "smart thermostat": 19900,
  "power flush": 39500,
  "condensate pump": 22000,
  "vertical flue": 38000,
  "flue extension": 9500,
  "remove hot water cylinder": 45000,
  "carbon monoxide alarm": 3500,
};

// Surveyors cover these postcode areas; each does two surveys a half day.
const AREAS = new Map([
  ["BS", { surveyors: ["Gareth Pugh", "Lena Okoro"], perSlot: 2 }],
  ["BA", { surveyors: ["Tom Ashby"], perSlot: 2 }],
  ["GL", { surveyors: ["Priya Desai"], perSlot: 2 }],
]);

module.exports = { BOILERS, EXTRAS, AREAS };
