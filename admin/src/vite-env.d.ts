/// <reference types="vite/client" />

/** ra-language-chinese ships no types: it is a plain React-Admin message tree. */
declare module 'ra-language-chinese' {
  const messages: Record<string, unknown>;
  export default messages;
}
