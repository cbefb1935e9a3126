// The only script on the page: copy a case-note textarea to the clipboard. No inline handlers
// (the Content-Security-Policy forbids them); buttons are wired here by data-copy.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("button[data-copy]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var area = document.getElementById(btn.getAttribute("data-copy"));
      var status = btn.parentElement.querySelector(".copied");
      if (!area) { return; }
      var done = function () { if (status) { status.textContent = "Copied."; } };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(area.value).then(done, function () {
          area.select(); document.execCommand("copy"); done();
        });
      } else {
        area.focus(); area.select(); document.execCommand("copy"); done();
      }
    });
  });
});

// The queue's filters apply as soon as one changes (the Filter button stays for keyboards and no script).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form.filters select").forEach(function (sel) {
    sel.addEventListener("change", function () { sel.form.submit(); });
  });
});
