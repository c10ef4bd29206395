// The essay's own hydration directive, client:near (src/components/scheduling/near-directive.ts), for the type checker.
declare module "astro" {
  interface AstroClientDirectives {
    "client:near"?: boolean;
  }
}
export {};
