// Bulk selection on lists (queue, discrepancies, link review): a "select all" box.
(function () {
  "use strict";
  document.querySelectorAll("input#select-all, input.select-all").forEach((all) => {
    const table = all.closest("table");
    all.addEventListener("change", () => {
      table.querySelectorAll("tbody input[type=checkbox]").forEach((box) => { box.checked = all.checked; });
    });
  });
  // link review: the boxes are in cards, tied to the bulk form by its id
  document.querySelectorAll("input.select-all-cards").forEach((all) => {
    const form = all.closest("form");
    all.addEventListener("change", () => {
      document.querySelectorAll("input[type=checkbox][form='" + form.id + "']").forEach((box) => { box.checked = all.checked; });
    });
  });
})();
