import http from "node:http";
import { appointmentsForPet, findByIds, stats } from "./db.mjs";
import { ownerLoader, vetLoader } from "./loaders.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3300;

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function loadPet(id) {
  const [pet] = await findByIds("pets", [id]);
  if (!pet) throw new HttpError(404, `no pet ${id}`);
  return pet;
}

function contactCard(owner) {
  return owner && { id: owner.id, name: owner.name, email: owner.email, phone: owner.phone };
}

async function petProfile(id) {
  const pet = await loadPet(id);
  const owner = await ownerLoader.load(pet.ownerId);
  return { ...pet, owner: contactCard(owner) };
}

async function petAppointments(petId) {
  const pet = await loadPet(petId);
  const [owner, appointments] = await Promise.all([
    ownerLoader.load(pet.ownerId),
    appointmentsForPet(petId),
  ]);
  const vets = await vetLoader.loadMany([...new Set(appointments.map((a) => a.vetId))]);
  const vetById = new Map(vets.filter(Boolean).map((v) => [v.id, v]));
  return {
    pet: { id: pet.id, name: pet.name, species: pet.species },
    owner: contactCard(owner),
    appointments: appointments.map((a) => ({
      id: a.id,
      at: a.at,
      reason: a.reason,
      status: a.status,
      vet: vetById.get(a.vetId)?.name ?? null,
      room: vetById.get(a.vetId)?.room ?? null,
    })),
  };
}

function route(req, url) {
  const pet = /^\/pets\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && pet) return petProfile(pet[1]);
  if (req.method === "GET" && url.pathname === "/appointments") {
    const petId = url.searchParams.get("petId");
    if (!petId) throw new HttpError(400, "petId required");
    return petAppointments(petId);
  }
  if (req.method === "GET" && url.pathname === "/stats") return stats();
  if (url.pathname === "/healthz") return { ok: true };
  throw new HttpError(404, "not found");
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  let status = 200;
  let body;
  try {
    body = await route(req, url);
  } catch (err) {
    status = err instanceof HttpError ? err.status : 500;
    body = { error: err.message };
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}).listen(port, "127.0.0.1", () => console.log(`vet clinic api on 127.0.0.1:${port}`));
