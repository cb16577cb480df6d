/**
 * The introspection of the committed `schema.graphql` (what `__schema` would return, without the
 * descriptions, which the admin does not read).
 *
 * This file computes it from the SDL, which is what runs outside Vite (the data provider's unit
 * tests). Vite's build and dev server never run it: the `precomputedSchema` plugin in
 * vite.config.ts serves this module as the same result computed at build time, so the admin's
 * bundle carries neither the SDL nor graphql's schema builder and validator.
 */
import { buildSchema, introspectionFromSchema, type IntrospectionSchema } from 'graphql';
import sdl from '../../schema.graphql?raw';

/** The schema's introspection. */
export const introspection: IntrospectionSchema = introspectionFromSchema(buildSchema(sdl), {
  descriptions: false,
}).__schema;
