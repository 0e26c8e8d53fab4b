// Progressive enhancement only: every page works without JavaScript. No framework, no third-party requests.
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

// Footnote previews: hovering or focusing a footnote reference shows the note's text beside it (role="tooltip",
// tied to the reference by aria-describedby); Escape, leaving or blurring hides it. The reference stays a plain link
// to the note, and the note's back link still returns to it: without this script, both links work the same.
(function () {
  "use strict";
  var refs = document.querySelectorAll("a.footnote-ref");
  var open = null;

  function close() {
    if (!open) return;
    open.preview.hidden = true;
    open.preview.style.transform = "";
    open = null;
  }

  function show(entry) {
    if (open && open !== entry) close();
    entry.preview.hidden = false;
    open = entry;
    // Keep the preview on screen: shift it sideways when it would cross the viewport's edge.
    var rect = entry.preview.getBoundingClientRect();
    var margin = 8;
    var shift = 0;
    if (rect.left < margin) shift = margin - rect.left;
    else if (rect.right > document.documentElement.clientWidth - margin) shift = document.documentElement.clientWidth - margin - rect.right;
    if (shift !== 0) entry.preview.style.transform = "translateX(calc(-50% + " + Math.round(shift) + "px))";
  }

  Array.prototype.forEach.call(refs, function (ref, index) {
    var href = ref.getAttribute("href") || "";
    if (href.charAt(0) !== "#") return;
    var note = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!note) return;
    var copy = note.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(".footnote-back-ref"), function (back) { back.parentNode.removeChild(back); });
    var text = copy.textContent.replace(/\s+/g, " ").trim();
    if (!text) return;

    var preview = document.createElement("span");
    preview.className = "footnote-preview";
    preview.id = "preview-" + (ref.id || "footnote-" + index);
    preview.setAttribute("role", "tooltip");
    preview.hidden = true;
    preview.textContent = text;

    // The reference and its preview share a wrapper, so the pointer can move onto the preview without closing it.
    var wrapper = document.createElement("span");
    wrapper.className = "footnote-anchor";
    ref.parentNode.insertBefore(wrapper, ref);
    wrapper.appendChild(ref);
    wrapper.appendChild(preview);
    ref.setAttribute("aria-describedby", preview.id);

    var entry = { ref: ref, preview: preview, hovered: false };
    wrapper.addEventListener("mouseenter", function () { entry.hovered = true; show(entry); });
    wrapper.addEventListener("mouseleave", function () {
      entry.hovered = false;
      if (document.activeElement !== ref && open === entry) close();
    });
    ref.addEventListener("focus", function () { show(entry); });
    ref.addEventListener("blur", function () { if (!entry.hovered && open === entry) close(); });
    // Following the link to the note: the preview has done its work.
    ref.addEventListener("click", function () { if (open === entry) close(); });
  });

  if (refs.length > 0) {
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" || event.key === "Esc") close();
    });
  }
})();
