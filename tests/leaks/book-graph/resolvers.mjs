// Resolvers for the persisted operations the bookshop front end sends. Each resolver gets the
// request's loaders, so the author of five books on a page is fetched once.

export class GraphError extends Error {
  constructor(message, code = "BAD_USER_INPUT") {
    super(message);
    this.code = code;
  }
}

function averageRating(reviews) {
  if (reviews.length === 0) return null;
  const sum = reviews.reduce((total, r) => total + r.rating, 0);
  return Math.round((sum / reviews.length) * 10) / 10;
}

async function bookSummary(book, loaders) {
  const reviews = await loaders.reviews.load(book.id);
  return {
    id: book.id,
    title: book.title,
    year: book.year,
    rating: averageRating(reviews),
    reviewCount: reviews.length,
  };
}

async function bookPage({ id }, loaders) {
  if (typeof id !== "string") throw new GraphError("variable $id: String! is required");
  const book = await loaders.book.load(id);
  if (!book) throw new GraphError(`no book ${id}`, "NOT_FOUND");
  const [author, reviews, byAuthor] = await Promise.all([
    loaders.author.load(book.authorId),
    loaders.reviews.load(book.id),
    loaders.booksByAuthor.load(book.authorId),
  ]);
  const moreByAuthor = await Promise.all(
    byAuthor.filter((b) => b.id !== book.id).map((b) => bookSummary(b, loaders)),
  );
  return {
    book: {
      ...book,
      author: { id: author.id, name: author.name },
      rating: averageRating(reviews),
      reviews: reviews.slice(0, 3).map(({ reviewer, rating, text }) => ({
        reviewer,
        rating,
        text,
      })),
      moreByAuthor,
    },
  };
}

async function authorShelf({ authorId }, loaders) {
  if (typeof authorId !== "string") {
    throw new GraphError("variable $authorId: String! is required");
  }
  const author = await loaders.author.load(authorId);
  if (!author) throw new GraphError(`no author ${authorId}`, "NOT_FOUND");
  const books = await loaders.booksByAuthor.load(authorId);
  return {
    author: {
      ...author,
      books: await Promise.all(books.map((b) => bookSummary(b, loaders))),
    },
  };
}

export const operations = {
  BookPage: bookPage,
  AuthorShelf: authorShelf,
};
