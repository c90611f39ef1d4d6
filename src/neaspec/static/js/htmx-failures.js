// An htmx request whose answer is not swapped in (refused 403, gone 404, a server error) or
// that never reached the Hub says so beside the form or part that sent it, instead of
// failing in silence. Refused forms (409, 422) are swapped like a success (base.html's htmx
// configuration) and show their own reasons. The words are the page's, in its language:
// <body data-request-failed data-request-unsent>. Loaded with htmx (_htmx.html).
"use strict";

const NOTICE = "request-failure";

function placeFor(element) {
  // A form says it at its top; anything else (a polled part, a row) in its section.
  const place = element && element.isConnected ? element.closest("form, section, main") : null;
  return place || document.querySelector("main") || document.body;
}

function say(element, text) {
  const place = placeFor(element);
  let notice = place.querySelector(`:scope > .${NOTICE}`);
  if (!notice) {
    notice = document.createElement("p");
    notice.className = `errors ${NOTICE}`;
    notice.setAttribute("role", "alert");
    place.prepend(notice);
  }
  notice.textContent = text;
}

document.addEventListener("htmx:beforeRequest", (event) => {
  placeFor(event.detail.elt).querySelector(`:scope > .${NOTICE}`)?.remove();
});

document.addEventListener("htmx:responseError", (event) => {
  const status = event.detail.xhr ? event.detail.xhr.status : 0;
  say(event.detail.elt, `${document.body.dataset.requestFailed} (${status})`);
});

document.addEventListener("htmx:sendError", (event) => {
  say(event.detail.elt, document.body.dataset.requestUnsent);
});
