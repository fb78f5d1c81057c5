/// <reference types="vite/client" />

declare module 'virtual:openita/possible-types' {
  /** Interface or union name → the names of its concrete types, from the API's SDL (see vite.config.ts). */
  const possibleTypes: Record<string, string[]>;
  export default possibleTypes;
}

declare module '*.graphql' {
  /** A GraphQL document, parsed at build time (see vite.config.ts). */
  const document: import('graphql').DocumentNode;
  export default document;
}
