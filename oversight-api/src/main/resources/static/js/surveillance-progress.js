// While an audit log is being checked, ask how far it has come every two seconds and reload the page when it is
// done. Without this script the page says the same, with a link to refresh it.
(function () {
  'use strict';
  var box = document.getElementById('import-progress');
  if (!box || box.getAttribute('data-state') === 'FAILED') { return; }
  var url = box.getAttribute('data-progress-url');
  function ask() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) { return; }
        if (progress.completed || progress.state === 'FAILED') { window.location.reload(); return; }
        var bar = document.getElementById('import-progress-bar');
        if (bar && typeof progress.percent === 'number') {
          bar.value = progress.percent;
          bar.textContent = progress.percent + ' %';
          if (bar.nextElementSibling) { bar.nextElementSibling.textContent = progress.percent + ' %'; }
        }
        window.setTimeout(ask, 2000);
      })
      .catch(function () { window.setTimeout(ask, 5000); });
  }
  window.setTimeout(ask, 1000);
}());
