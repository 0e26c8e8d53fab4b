// Progressive enhancement only: every page works without JavaScript.
// On the topics page, reveal a filter box that hides topics not matching what is typed.
(function () {
  "use strict";
  var box = document.querySelector(".tag-filter");
  var input = document.getElementById("tag-filter-input");
  if (!box || !input) return;
  box.hidden = false;
  var items = Array.prototype.slice.call(document.querySelectorAll(input.getAttribute("data-filter")));
  input.addEventListener("input", function () {
    var query = input.value.trim().toLowerCase();
    items.forEach(function (item) {
      item.hidden = query.length > 0 && item.textContent.toLowerCase().indexOf(query) < 0;
    });
    document.querySelectorAll(".tag-group").forEach(function (group) {
      group.hidden = group.querySelectorAll("li:not([hidden])").length === 0;
    });
  });
})();
