// Where the directory puts each file it publishes. Everything lives under the directory's
// own folders (one per language), so a host site can take the whole directory with one copy
// and one header rule per folder, and nothing of ours lands beside the host site's own files.
// Change a path here and the pages, the feed, the headers and `--into` follow.

/** The English directory's folder; language-independent files (logos, feed, images) live here. */
export const DIRECTORY_PATH = '/partners/';

/**
 * Astro's `build.assets`: scripts and styles that Astro emits as files. None today (every script
 * and style is inline); the headers test fails on any file that no header rule covers.
 */
export const ASSETS_FOLDER = 'partners/_astro';

/** Normalized logos, content-hashed names (`<id>-<hash>.avif`). */
export const LOGO_URL_PREFIX = `${DIRECTORY_PATH}logos/`;

/** The JSON feed's lasting URL (see the README's "The published directory"). */
export const FEED_PATH = `${DIRECTORY_PATH}partners.json`;

export const OG_IMAGE_PATH = `${DIRECTORY_PATH}og-image.png`;
export const FAVICON_PATH = `${DIRECTORY_PATH}favicon.svg`;

/** @astrojs/sitemap's `filenameBase`: writes `/partners/sitemap-index.xml` and `-0.xml` beside it. */
export const SITEMAP_FILENAME_BASE = `${DIRECTORY_PATH.slice(1)}sitemap`;
export const SITEMAP_INDEX_PATH = `/${SITEMAP_FILENAME_BASE}-index.xml`;

/** What `--into` wrote into a site folder, so a rerun may replace exactly those files. */
export const INTO_MANIFEST_PATH = `${DIRECTORY_PATH}.into-manifest.json`;
