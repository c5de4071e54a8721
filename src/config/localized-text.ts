import { z } from 'zod';

/** The per-language maps of the configuration: site-config.ts checks their codes against `locales`. */
export const localizedMaps = z.registry<{ localized: true }>();

/** A text per locale code (`en: Adopter Group`); a language left out shows the default's. */
export const localizedTextSchema = z
  .record(z.string(), z.string().trim().min(1, 'must not be blank'))
  .register(localizedMaps, { localized: true });
