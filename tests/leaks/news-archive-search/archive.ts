export interface Article {
  id: string;
  paper: string;
  date: string;
  headline: string;
  standfirst: string;
  section: string;
}

export interface Hit {
  id: string;
  date: string;
  headline: string;
  score: number;
}

const PAPERS = ["Evening Chronicle", "Northern Echo", "Sunderland Echo"];
const SECTIONS = ["news", "business", "sport", "letters"];
const STORIES = [
  ["Miners vote to continue strike", "Lodge meeting at Easington backs the national executive"],
  ["Pit closure list published", "Coal board names five collieries in the region"],
  ["Shipyard order secured", "Swan Hunter wins contract for two frigates"],
  ["Metro extension opens", "First trains run through to the airport"],
  ["Flooding in the Tyne valley", "Hexham and Corbridge hit after two days of rain"],
  ["Strike pay fund runs low", "Support groups appeal for donations of food"],
  ["Steelworks jobs at risk", "Consett workers await the corporation's decision"],
  ["Cup run ends at Wembley", "Fans return after a narrow defeat in the final"],
];

export function seedArchive(): Article[] {
  const out: Article[] = [];
  let n = 0;
  for (let year = 1980; year <= 1989; year++) {
    for (const [headline, standfirst] of STORIES) {
      n++;
      out.push({
        id: `art-${year}-${n}`,
        paper: PAPERS[n % PAPERS.length],
        date: `${year}-${String((n % 12) + 1).padStart(2, "0")}-${
          String((n % 27) + 1).padStart(2, "0")
        }`,
        headline,
        standfirst,
        section: SECTIONS[n % SECTIONS.length],
      });
    }
  }
  return out;
}

const words = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2);

export class Archive {
  #articles = new Map<string, Article>();
  #index = new Map<string, Set<string>>();

  constructor(articles: Article[]) {
    for (const a of articles) {
      this.#articles.set(a.id, a);
      for (const w of new Set(words(`${a.headline} ${a.standfirst}`))) {
        let ids = this.#index.get(w);
        if (!ids) this.#index.set(w, ids = new Set());
        ids.add(a.id);
      }
    }
  }

  get(id: string): Article | undefined {
    return this.#articles.get(id);
  }

  /** Articles matching any word, ranked by how many words match, newest first on ties. */
  search(q: string, from?: number, to?: number): Hit[] {
    const scores = new Map<string, number>();
    for (const w of words(q)) {
      for (const id of this.#index.get(w) ?? []) scores.set(id, (scores.get(id) ?? 0) + 1);
    }
    const hits: Hit[] = [];
    for (const [id, score] of scores) {
      const a = this.#articles.get(id)!;
      const year = Number(a.date.slice(0, 4));
      if ((from && year < from) || (to && year > to)) continue;
      hits.push({ id, date: a.date, headline: a.headline, score });
    }
    return hits.sort((x, y) => y.score - x.score || y.date.localeCompare(x.date));
  }
}
