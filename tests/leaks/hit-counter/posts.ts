export interface Post {
  slug: string;
  title: string;
  author: string;
  publishedAt: string;
  body: string;
}

const POSTS: Post[] = [
  {
    slug: "deno-2-migration",
    title: "What we learned moving our API to Deno 2",
    author: "Priya",
    publishedAt: "2024-10-14",
    body: "We moved twelve services in three weeks. The hardest part was not the code but the CI.",
  },
  {
    slug: "postgres-connection-pools",
    title: "Sizing Postgres connection pools",
    author: "Tomás",
    publishedAt: "2024-11-02",
    body: "A pool of ten is usually plenty. Here is how we measured it under production traffic.",
  },
  {
    slug: "feature-flags-at-scale",
    title: "Feature flags at scale",
    author: "Mei",
    publishedAt: "2025-01-20",
    body: "Flags are cheap to add and expensive to remove. A cleanup policy keeps them honest.",
  },
];

export function findPost(slug: string): Post | undefined {
  return POSTS.find((p) => p.slug === slug);
}

export function listPosts(): Pick<Post, "slug" | "title" | "publishedAt">[] {
  return POSTS.map(({ slug, title, publishedAt }) => ({ slug, title, publishedAt }));
}
