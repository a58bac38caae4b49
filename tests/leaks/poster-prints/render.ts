/** Print sheet layout: photos are fitted to the paper, cropped to its aspect ratio and checked
 * for resolution before they go to the RIP queue. */

export interface Photo {
  name: string;
  widthPx: number;
  heightPx: number;
}

export interface PaperSize {
  code: string;
  widthMm: number;
  heightMm: number;
}

export const PAPER: Record<string, PaperSize> = {
  A3: { code: "A3", widthMm: 297, heightMm: 420 },
  A2: { code: "A2", widthMm: 420, heightMm: 594 },
  "50x70": { code: "50x70", widthMm: 500, heightMm: 700 },
  "30x40": { code: "30x40", widthMm: 300, heightMm: 400 },
};

const MIN_DPI = 150;
const BLEED_MM = 3;

export interface Sheet {
  photo: string;
  paper: string;
  orientation: "portrait" | "landscape";
  dpi: number;
  crop: { x: number; y: number; width: number; height: number };
  warnings: string[];
}

export interface RenderResult {
  orderId: string;
  renderedAt: string;
  sheets: Sheet[];
  checksum: string;
  ripQueue: string;
}

function fit(photo: Photo, paper: PaperSize): Sheet {
  const landscape = photo.widthPx > photo.heightPx;
  const wMm = (landscape ? paper.heightMm : paper.widthMm) + 2 * BLEED_MM;
  const hMm = (landscape ? paper.widthMm : paper.heightMm) + 2 * BLEED_MM;
  const scale = Math.max(wMm / photo.widthPx, hMm / photo.heightPx);
  const width = Math.round(wMm / scale);
  const height = Math.round(hMm / scale);
  const dpi = Math.round(25.4 / scale);
  const warnings: string[] = [];
  if (dpi < MIN_DPI) warnings.push(`low resolution: ${dpi} dpi at ${paper.code}`);
  if (width < photo.widthPx * 0.85 || height < photo.heightPx * 0.85) {
    warnings.push("more than 15% of the image is cropped");
  }
  return {
    photo: photo.name,
    paper: paper.code,
    orientation: landscape ? "landscape" : "portrait",
    dpi,
    crop: {
      x: Math.round((photo.widthPx - width) / 2),
      y: Math.round((photo.heightPx - height) / 2),
      width,
      height,
    },
    warnings,
  };
}

async function checksum(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, "0"))
    .join("");
}

/** Lays out every photo of an order; slow enough in production that it runs after the 202. */
export async function renderOrder(
  orderId: string,
  photos: Photo[],
  paper: PaperSize,
): Promise<RenderResult> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const sheets = photos.map((p) => fit(p, paper));
  return {
    orderId,
    renderedAt: new Date().toISOString(),
    sheets,
    checksum: await checksum(JSON.stringify(sheets)),
    ripQueue: paper.widthMm > 420 ? "epson-p9500" : "canon-pro-1000",
  };
}
