export { decode, BinaryFileError, normaliseNewlines, type Decoded } from './decode.js';
export { parseFrontMatter, type ParsedFrontMatter } from './front-matter.js';
export { findArticleFiles, isArticleName, describeFsError, ARTICLE_EXTENSIONS, type FoundFiles, type Skipped } from './walk.js';
export { readArticleFile, parseArticleBytes, type ReadResult } from './read-file.js';
