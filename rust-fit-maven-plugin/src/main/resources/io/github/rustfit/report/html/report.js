(function () {
  "use strict";
  // Enhancement only: without this script every module is listed and nothing is hidden.
  var controls = document.getElementById("controls");
  var filter = document.getElementById("module-filter");
  var verdict = document.getElementById("verdict-filter");
  var count = document.getElementById("module-count");
  var table = document.getElementById("module-table");
  var filtered = Array.prototype.slice.call(document.querySelectorAll("[data-module-row]"));
  var tableRows = table ? Array.prototype.slice.call(table.tBodies[0].rows) : [];

  function apply() {
    var text = filter.value.trim().toLowerCase();
    var wanted = verdict.value;
    filtered.forEach(function (element) {
      var matches = (!text || element.getAttribute("data-search").indexOf(text) >= 0)
        && (!wanted || element.getAttribute("data-verdict") === wanted);
      element.hidden = !matches;
    });
    var shown = tableRows.filter(function (row) { return !row.hidden; }).length;
    count.textContent = shown + " of " + tableRows.length + " modules";
  }

  if (controls && filter && verdict && count) {
    controls.hidden = false;
    filter.addEventListener("input", apply);
    verdict.addEventListener("change", apply);
    apply();
  }

  if (table) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (header, column) {
      if (!header.hasAttribute("data-sort")) {
        return;
      }
      header.tabIndex = 0;
      function sort() {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        var numeric = header.getAttribute("data-sort") === "number";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute("data-value");
          var y = b.cells[column].getAttribute("data-value");
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      header.addEventListener("click", sort);
      header.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          sort();
        }
      });
    });
  }

  // In the reactor graph, hovering a module brings out the lines to and from it.
  var graph = document.getElementById("reactor-graph");
  if (graph) {
    var edges = Array.prototype.slice.call(graph.querySelectorAll("line.edge"));
    Array.prototype.forEach.call(graph.querySelectorAll("a.node"), function (node) {
      var id = node.getAttribute("data-node");
      node.addEventListener("mouseenter", function () {
        graph.classList.add("focus");
        edges.forEach(function (edge) {
          if (edge.getAttribute("data-from") === id || edge.getAttribute("data-to") === id) {
            edge.classList.add("hl");
          }
        });
      });
      node.addEventListener("mouseleave", function () {
        graph.classList.remove("focus");
        edges.forEach(function (edge) { edge.classList.remove("hl"); });
      });
    });
  }

  // Following a link to a folded module opens it.
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target) {
      var fold = target.querySelector("details.module-fold");
      if (fold) {
        fold.open = true;
      }
    }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  // Printed, every piece of evidence shows.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".rust-fit details"), function (details) {
      details.open = true;
    });
  });
})();
