declare module 'virtual:partners-directory/config' {
  /** The site configuration, read once by the integration (src/integration/index.ts). */
  const config: import('./config/site-config.ts').SiteConfig;
  export default config;
  /** Where the header's logos are served and their size in the header. */
  type Place = { url: string; width: number; height: number };
  export const logos: { light: Place; dark?: Place };
}
declare module 'virtual:partners-directory/theme.css' {}

declare namespace App {
  interface Locals {
    /** The page's words in its language (src/middleware.ts). */
    t: import('./site/page-text.ts').PageText;
  }
}
