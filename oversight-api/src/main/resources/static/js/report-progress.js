// Reloads a report version's staff page while its bundle is being prepared, so the progress moves by itself.
// Without JavaScript the page's "Check again" link does the same.
(function () {
  if (document.querySelector('[data-rendering]')) {
    window.setTimeout(function () { window.location.reload(); }, 2000);
  }
})();
