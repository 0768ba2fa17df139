// Authority tree: load a node's children the first time it is opened.
document.addEventListener("toggle", function (event) {
  const node = event.target;
  if (!(node instanceof HTMLDetailsElement) || !node.open || !node.dataset.children) return;
  const list = node.querySelector("ul.tree");
  if (!list || list.dataset.loaded) return;
  list.dataset.loaded = "1";
  fetch(node.dataset.children, { credentials: "same-origin" })
    .then((r) => r.text())
    .then((html) => { list.innerHTML = html; });
}, true);
