// The theme's custom properties, generated from the site configuration (site-look-integration).
declare module 'virtual:site-theme.css' {}
