/**
 * The little of Eleventy's JavaScript API this project uses, typed by hand
 * (Eleventy ships no TypeScript declarations). See https://www.11ty.dev/docs/programmatic/
 * and https://www.11ty.dev/docs/config/.
 */
declare module '@11ty/eleventy' {
  export interface UserConfig {
    addGlobalData(name: string, data: unknown): UserConfig;
    addFilter(name: string, fn: (...args: any[]) => unknown): void;
    addNunjucksFilter(name: string, fn: (...args: any[]) => unknown): void;
    addPassthroughCopy(paths: string | Record<string, string>): UserConfig;
    addWatchTarget(path: string): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setLibrary(name: string, library: unknown): void;
    setQuietMode(quiet: boolean): void;
    setServerOptions(options: Record<string, unknown>): void;
    setWatchJavaScriptDependencies(watch: boolean): void;
    setUseGitIgnore(use: boolean): void;
    setDataDeepMerge(deep: boolean): void;
    on(event: string, callback: (...args: any[]) => unknown): void;
    ignores: { add(glob: string): void; delete(glob: string): void };
    pathPrefix?: string;
  }

  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    pathPrefix?: string;
    runMode?: 'build' | 'serve' | 'watch';
    config?: (eleventyConfig: UserConfig) => void | Promise<void>;
  }

  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    /** Silences Eleventy's console output (src/Eleventy.js; not in the documented API). */
    disableLogger(): void;
  }
  export default Eleventy;
}

declare module '@11ty/eleventy-plugin-rss' {
  export function dateToRfc3339(date: Date): string;
  export function absoluteUrl(url: string, base: string): string;
  const rssPlugin: (eleventyConfig: unknown, options?: unknown) => void;
  export default rssPlugin;
}

/** The little of Nunjucks used directly (.eleventy.ts hands Eleventy its environment). */
declare module 'nunjucks' {
  export class FileSystemLoader {
    constructor(searchPaths: string | string[], options?: { noCache?: boolean; watch?: boolean });
  }
  export class Environment {
    constructor(loader: FileSystemLoader, options?: { autoescape?: boolean; throwOnUndefined?: boolean; trimBlocks?: boolean; lstripBlocks?: boolean });
    addFilter(name: string, fn: (...args: any[]) => unknown): Environment;
    render(name: string, context: object): string;
  }
  export namespace runtime {
    class SafeString {
      constructor(value: string);
    }
  }
  const nunjucks: { Environment: typeof Environment; FileSystemLoader: typeof FileSystemLoader; runtime: { SafeString: typeof runtime.SafeString } };
  export default nunjucks;
}
