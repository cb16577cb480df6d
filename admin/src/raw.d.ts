/** Vite's `?raw` import of the committed schema: the file's text (declared here for tsc outside Vite). */
declare module '*.graphql?raw' {
  const text: string;
  export default text;
}
