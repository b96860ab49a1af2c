// What the widgets read from the endpoint, after reading: text is capped,
// links are the hrefs of safe http(s) URLs, URL templates are as written (a
// filled one is checked again), and a field that was bad is absent or empty.

/** The site that publishes the endpoint, with URL templates for its pages. */
export interface Site {
  name: string;
  url?: string;
  /** `{slug}` is replaced with the URL-encoded product slug; fill it with `fillTemplate`. */
  productUrl?: string;
  /** `{a}` and `{b}` are replaced with the URL-encoded product slugs; fill it with `fillTemplate`. */
  compareUrl?: string;
}

/** One product in short, as listed in `index.json`. */
export interface ProductSummary {
  slug: string;
  name: string;
  /** Empty when the document had none. */
  sector: string;
  /** 0 to 10. */
  velocity: number;
  sparks30d?: number;
}

/** `{E}index.json`: every tracked product in short. */
export interface Index {
  version: 1;
  site: Site;
  products: ProductSummary[];
}

/** One item of a product's recent activity. */
export interface Activity {
  date: string;
  title: string;
  /** Absent when the document's URL was missing or unsafe: the title shows as text. */
  url?: string;
  /** An editorial spark, shown as ⚡. */
  spark: boolean;
}

/** `{E}products/{slug}.json`: one product in full. */
export interface Product extends ProductSummary {
  version: 1;
  themes: string[];
  lastEditorialUpdate?: string;
  website?: string;
  logo?: string;
  headline: string;
  summary: string;
  editorial: { currentState: string; heading: string; prediction: string };
  /** Newest first. */
  activity: Activity[];
}
