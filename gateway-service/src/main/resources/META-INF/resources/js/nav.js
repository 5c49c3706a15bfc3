// Moving between addresses of the single page without import cycles: main.js registers the router here.

let router = () => {};

/** Registers the function that shows the view of the current address. */
export function setRouter(fn) {
  router = fn;
}

/** Moves to an address; shows it again when it is already the current one. */
export function go(hash) {
  if (location.hash === hash) router();
  else location.hash = hash;
}

/** Changes the address without showing anything again (the view already shows it, e.g. a new conversation's id). */
export function note(hash) {
  if (location.hash !== hash) history.replaceState(null, "", hash);
}
