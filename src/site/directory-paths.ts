// Where the directory puts each file it publishes: all under its own folders (one per
// language), so a host site takes it with one copy and one header rule per folder.

/** The default language's folder; language-independent files (logos, feed, images) live here. */
export const DIRECTORY_PATH = '/partners/';

/** Astro's `build.assets`: none today (all inline); the headers test fails on any uncovered file. */
export const ASSETS_FOLDER = 'partners/_astro';

export const LOGO_URL_PREFIX = `${DIRECTORY_PATH}logos/`;

/** The JSON feed's lasting URL (see the README's "The published directory"). */
export const FEED_PATH = `${DIRECTORY_PATH}partners.json`;

export const OG_IMAGE_PATH = `${DIRECTORY_PATH}og-image.png`;
export const FAVICON_PATH = `${DIRECTORY_PATH}favicon.svg`;

/** @astrojs/sitemap's `filenameBase`: writes `/partners/sitemap-index.xml` and `-0.xml` beside it. */
export const SITEMAP_FILENAME_BASE = `${DIRECTORY_PATH.slice(1)}sitemap`;
export const SITEMAP_INDEX_PATH = `/${SITEMAP_FILENAME_BASE}-index.xml`;

/** What `--into` wrote, so a rerun replaces exactly those files. */
export const INTO_MANIFEST_PATH = `${DIRECTORY_PATH}.into-manifest.json`;
