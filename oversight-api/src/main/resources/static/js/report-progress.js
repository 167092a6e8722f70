// Reloads a report version's staff page while the version is being archived (right after publishing) or its bundle
// prepared, so the page moves on to the confirmation and the progress by itself (no request thread waits for either).
// Without JavaScript the page's "Check again" link does the same.
(function () {
  if (document.querySelector('[data-rendering]')) {
    window.setTimeout(function () { window.location.reload(); }, 2000);
  }
})();
