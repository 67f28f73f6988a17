// Bulk selection on lists (queue, discrepancies): a "select all" box per table.
(function () {
  "use strict";
  document.querySelectorAll("input#select-all, input.select-all").forEach((all) => {
    const table = all.closest("table");
    all.addEventListener("change", () => {
      table.querySelectorAll("tbody input[type=checkbox]").forEach((box) => { box.checked = all.checked; });
    });
  });
})();
