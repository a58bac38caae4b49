export interface Album {
  id: string;
  title: string;
  donor: string;
  photoCount: number;
  decade: string;
}

export interface Photo {
  id: string;
  album: string;
  caption: string;
  thumbnail: string;
  scannedAt: string;
  people: string[];
}

// Donated family albums, digitised by volunteers.
export const albums = new Map<string, Album>([
  ["ALB-0412", {
    id: "ALB-0412",
    title: "Harris family, Margate holidays",
    donor: "J. Harris",
    photoCount: 64,
    decade: "1950s",
  }],
  ["ALB-0977", {
    id: "ALB-0977",
    title: "St Peter's school, staff and pupils",
    donor: "St Peter's PTA",
    photoCount: 140,
    decade: "1960s",
  }],
  ["ALB-1203", {
    id: "ALB-1203",
    title: "High Street shopfronts",
    donor: "Town Society",
    photoCount: 37,
    decade: "1970s",
  }],
]);

const PEOPLE = ["Edna", "Frank", "Ivy", "Stan", "Maureen", "Dennis", "Joan", "Ron"];

/** The archive's image database; every call is a query. */
export async function queryPhotos(
  albumId: string,
  offset: number,
  limit: number,
): Promise<Photo[]> {
  const album = albums.get(albumId);
  if (!album) return [];
  await new Promise((resolve) => setTimeout(resolve, 2));
  const photos: Photo[] = [];
  for (let n = offset; n < Math.min(offset + limit, album.photoCount); n++) {
    const id = `${album.id}-${String(n + 1).padStart(4, "0")}`;
    photos.push({
      id,
      album: album.id,
      caption: `${album.title}, print ${n + 1} (${album.decade})`,
      thumbnail: `https://archive.example.org/thumbs/${album.id.toLowerCase()}/${id}.jpg`,
      scannedAt: new Date(Date.UTC(2023, 2, 1 + (n % 28))).toISOString(),
      people: [PEOPLE[n % PEOPLE.length], PEOPLE[(n * 3 + 1) % PEOPLE.length]],
    });
  }
  return photos;
}
