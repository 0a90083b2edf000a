export { build, checkOutputDir, type BuildOptions, type BuildReport } from './build.js';
export { extractPaths, displayPathOf, type ExtractOptions, type Extraction } from './extract-all.js';
export { extractOne, type ExtractOneResult } from './extract-one.js';
export { ExtractionCache, extractorVersion } from './cache.js';
export { Progress } from './progress.js';
