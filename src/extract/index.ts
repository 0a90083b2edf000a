// The extract stage's public entry points.
export { extractArticle, type ExtractOptions } from './article.js';
export { segmentBody, renderBody, type Block, type SegmentedBody, type RenderedBody } from './body.js';
export { parseBylineLine, parseBareName, type Byline } from './byline.js';
export { parseDatelinePrefix, parseDatelineLine, type DatelineMatch } from './dateline.js';
export { extractDate, type DateInput, type DateResult } from './date.js';
export { readsAsHeadline, generateHeadline } from './headline.js';
export { findSource } from './source.js';
export { summarize, countWords } from './summary.js';

