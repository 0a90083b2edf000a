// The search page: start Pagefind's UI (written into /pagefind/ by the build) and run the
// query typed into the header search box (?q=...). Everything else on the site works without JS.
(function () {
  'use strict';
  var box = document.getElementById('search');
  if (!box || typeof PagefindUI === 'undefined') return;
  var base = box.getAttribute('data-base');
  // A big archive's index is several bundles (src/site/model.ts, searchBundlePaths), searched as one.
  var merged = (box.getAttribute('data-merge') || '').split(' ').filter(Boolean).map(function (path) {
    return { bundlePath: path, baseUrl: base };
  });
  var ui = new PagefindUI({
    element: '#search',
    bundlePath: box.getAttribute('data-bundle'),
    mergeIndex: merged,
    baseUrl: base,
    showImages: false,
    showSubResults: false,
    resetStyles: true,
    pageSize: 10,
    translations: { placeholder: 'Search articles' }
  });
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) ui.triggerSearch(q);
})();
