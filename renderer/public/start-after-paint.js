// Served instead of the app's entry script when the host has drawn a deck's first slide
// (host/first-slide/app-page.ts): the entry is fetched and run only once that slide is on
// screen, so that parsing React and reveal.js never holds back the first frame. A file,
// not an inline script: the CSP allows only the app's own scripts.
(function () {
  var self = document.currentScript;
  var entry = self && self.getAttribute('data-entry');
  // The presentation's chunks, which the entry would only ask for once it has run.
  var preload = ((self && self.getAttribute('data-preload')) || '').split(' ').filter(Boolean);
  if (!entry) return;
  // Two frames: the first one shows the slide (deferred scripts run after the styles).
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {
      preload.forEach(function (href) {
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        document.head.appendChild(link);
      });
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = entry;
      document.head.appendChild(script);
    });
  });
})();
