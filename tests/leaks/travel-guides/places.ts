/**
 * Points of interest per city. Production reads these from the content API; the fixture
 * generator below is what staging and local development use (stable for a given id).
 */

export interface City {
  slug: string;
  name: string;
  country: string;
  currency: string;
  intro: string;
  neighbourhoods: string[];
  kinds: string[];
  tips: string[];
  notes: string[];
}

export interface Place {
  id: number;
  city: City;
  name: string;
  kind: string;
  neighbourhood: string;
  rating: number;
  priceLevel: number;
  summary: string;
  description: string[];
  openingHours: string[];
  tips: string[];
  nearby: { id: number; name: string; kind: string; walkMinutes: number }[];
}

export const CITIES: Record<string, City> = {
  lisboa: {
    slug: "lisboa",
    name: "Lisboa",
    country: "Portugal",
    currency: "€",
    intro:
      "Sete colinas, elétricos amarelos e miradouros sobre o Tejo — a cidade mais luminosa da Europa pede sapatos confortáveis e tempo para se perder.",
    neighbourhoods: ["Alfama", "Baixa-Chiado", "Príncipe Real", "Belém", "Graça", "Cais do Sodré"],
    kinds: ["Miradouro", "Pastelaria", "Tasca", "Museu", "Livraria", "Mercado"],
    tips: [
      "Compre o cartão “Viva Viagem” e carregue-o com zapping — é mais barato do que bilhetes avulsos.",
      "Ao domingo de manhã muitos museus são gratuitos para residentes; confirme à entrada.",
      "Nos elétricos 28 e 12, cuidado com a carteira: são os preferidos dos carteiristas.",
      "Peça “uma bica” ao balcão: custa metade do preço da esplanada.",
    ],
    notes: [
      "As calçadas de pedra portuguesa são bonitas mas escorregadias depois da chuva — evite solas lisas.",
      "A luz do fim da tarde sobre os telhados de Alfama é o melhor momento para fotografias.",
      "Muitas tascas só aceitam dinheiro e fecham entre o almoço e o jantar; às segundas há menos opções.",
      "Os pastéis de nata saem do forno ao longo do dia: pergunte qual é a próxima fornada.",
      "Para subir à Graça sem esforço, apanhe o elétrico 28 na Praça Martim Moniz, não no Chiado.",
      "No verão, a brisa do rio refresca as esplanadas do Cais do Sodré até tarde.",
    ],
  },
  krakow: {
    slug: "krakow",
    name: "Kraków",
    country: "Polska",
    currency: "zł",
    intro:
      "Dawna stolica królów: Rynek Główny, Wawel nad Wisłą i żydowski Kazimierz — miasto, które najlepiej poznać pieszo, o świcie lub późnym wieczorem.",
    neighbourhoods: ["Stare Miasto", "Kazimierz", "Podgórze", "Kleparz", "Zwierzyniec"],
    kinds: ["Kawiarnia", "Bar mleczny", "Muzeum", "Kościół", "Piekarnia", "Księgarnia"],
    tips: [
      "Hejnał mariacki słychać co godzinę — najlepiej z rogu Rynku przy Sukiennicach.",
      "Bilety MPK kupisz w automacie w tramwaju; zbliżeniowo, bez gotówki.",
      "W poniedziałki część muzeów jest zamknięta, za to wstęp bywa bezpłatny we wtorki.",
      "Obwarzanek z budki kosztuje kilka złotych — jedz świeży, rano.",
    ],
    notes: [
      "Bruk na Starym Mieście bywa śliski zimą — wygodne buty to podstawa.",
      "Najpiękniejsze światło nad Wisłą jest tuż przed zachodem słońca, z bulwaru pod Wawelem.",
      "Wiele kawiarni na Kazimierzu otwiera się dopiero w południe, za to działa do późnej nocy.",
      "Pierogi ruskie i żurek w barze mlecznym to najtańszy obiad w centrum — płaci się przy okienku.",
      "Do Wieliczki dojedziesz pociągiem z Dworca Głównego w niecałe pół godziny.",
      "W sezonie przez Floriańską przechodzą tłumy; rano ulica należy do mieszkańców.",
    ],
  },
};

const NAME_PARTS: Record<string, [string[], string[]]> = {
  lisboa: [
    ["Café", "Casa", "Jardim", "Pátio", "Largo", "Cantinho", "Adega", "Botequim"],
    [
      "da Sé",
      "do Carmo",
      "São Bento",
      "das Flores",
      "do Loreto",
      "da Graça",
      "Estrela",
      "Conceição",
    ],
  ],
  krakow: [
    ["Kawiarnia", "Piwnica", "Dom", "Ogród", "Zaułek", "Pracownia", "Spiżarnia", "Galeria"],
    [
      "pod Baranami",
      "Świętej Anny",
      "na Kazimierzu",
      "przy Floriańskiej",
      "Wawelska",
      "Żabia",
      "Sowia",
      "Młyńska",
    ],
  ],
};

const HOURS: Record<string, string[]> = {
  lisboa: ["seg–sex 08:00–19:30", "sáb 09:00–20:00", "dom e feriados fechado"],
  krakow: ["pon.–pt. 8:00–20:00", "sob. 9:00–22:00", "niedz. 10:00–18:00"],
};

export function findPlace(citySlug: string, id: number): Place | undefined {
  const city = CITIES[citySlug];
  if (!city || !Number.isSafeInteger(id) || id < 1) return undefined;
  const [first, second] = NAME_PARTS[citySlug];
  const kind = city.kinds[id % city.kinds.length];
  const neighbourhood = city.neighbourhoods[(id * 7) % city.neighbourhoods.length];
  const name = `${first[id % first.length]} ${second[(id >> 3) % second.length]}`;
  return {
    id,
    city,
    name,
    kind,
    neighbourhood,
    rating: 3 + (id % 3),
    priceLevel: 1 + (id % 3),
    summary: `${kind} · ${neighbourhood} — ${city.intro}`.slice(0, 400),
    description: [0, 1, 2, 3].map((k) => city.notes[(id + k) % city.notes.length]),
    openingHours: HOURS[citySlug],
    tips: [city.tips[id % city.tips.length], city.tips[(id + 1) % city.tips.length]],
    nearby: [1, 2, 3, 5, 8, 13].map((step) => {
      const other = id + step;
      return {
        id: other,
        name: `${first[other % first.length]} ${second[(other >> 3) % second.length]}`,
        kind: city.kinds[other % city.kinds.length],
        walkMinutes: 2 + ((id * step) % 14),
      };
    }),
  };
}
