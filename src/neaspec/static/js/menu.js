// The site menu on a phone: folded behind its button, which says whether it is open. Without
// this script the button stays hidden and the menu open, so every link is still reachable.
(function () {
  "use strict";
  var header = document.querySelector(".site-header");
  var button = header && header.querySelector(".menu-button");
  if (!button) {
    return;
  }
  header.classList.add("menu-ready");
  button.hidden = false;
  button.addEventListener("click", function () {
    var open = header.classList.toggle("open");
    button.setAttribute("aria-expanded", open ? "true" : "false");
  });
})();
