import type { Product } from "./products.ts";

type Platform = "ios" | "android" | "web";

export function platformOf(userAgent: string): Platform {
  if (/iPhone|iPad|iOS/.test(userAgent)) return "ios";
  if (/Android/.test(userAgent)) return "android";
  return "web";
}

export function languageOf(acceptLanguage: string): "en" | "nl" {
  return /^nl\b/i.test(acceptLanguage.trim()) ? "nl" : "en";
}

const IMAGE_WIDTH: Record<Platform, number> = { ios: 1170, android: 1080, web: 800 };

/** The product document the apps and the web shop show: images sized and links per platform. */
export function renderProduct(product: Product, userAgent: string, acceptLanguage: string) {
  const platform = platformOf(userAgent);
  const lang = languageOf(acceptLanguage);
  const width = IMAGE_WIDTH[platform];
  return {
    slug: product.slug,
    name: product.name[lang],
    description: product.description[lang],
    price: { amount: product.priceCents / 100, currency: "EUR" },
    images: product.images.map((file) => `https://img.shop.example/w_${width}/${file}`),
    specs: product.specs,
    share: platform === "web"
      ? `https://shop.example/${lang}/p/${product.slug}`
      : `shopapp://product/${product.slug}?lang=${lang}`,
    reviewsLink: platform === "ios" ? "apps.apple.com/app/id1450011" : undefined,
  };
}
