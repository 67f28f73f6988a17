// What every screen shares, as a file (the content-security policy runs no inline script):
// times in the browser's own zone and language, to the minute; "back" links.
(function () {
  "use strict";
  const fmt = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";

  function localTimes(root) {
    root.querySelectorAll("time.local[datetime]:not([data-shown])").forEach(function (el) {
      const when = new Date(el.getAttribute("datetime"));
      if (isNaN(when)) return;
      el.title = el.textContent + (zone ? " · shown in " + zone : "");
      el.textContent = fmt.format(when);
      el.dataset.shown = "1";
    });
  }

  document.addEventListener("DOMContentLoaded", function () { localTimes(document); });
  document.addEventListener("htmx:afterSwap", function (e) { localTimes(e.target); });
  document.addEventListener("click", function (e) {
    const back = e.target.closest && e.target.closest("a[data-back]");
    if (back && window.history.length > 1) { e.preventDefault(); window.history.back(); }
  });
  window.orderdesk = { localTimes: localTimes };
})();
