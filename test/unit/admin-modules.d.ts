/**
 * What the admin declares for Vite (admin/src/vite-env.d.ts), for the unit tests, which read the
 * admin's message modules outside Vite: ra-language-chinese ships no types.
 */
declare module 'ra-language-chinese' {
  const messages: Record<string, unknown>;
  export default messages;
}
