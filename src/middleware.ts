import { defineMiddleware } from 'astro:middleware';
import { pageLocale, pageText } from './components/site.ts';

// Every page's words in its language, once per page (Starlight does the same in locals.ts):
// components read `Astro.locals.t`.
export const onRequest = defineMiddleware((context, next) => {
  context.locals.t = pageText(pageLocale(context));
  return next();
});
