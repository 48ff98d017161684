"""Inline CSS and JavaScript of the HTML report (no CDN, no network)."""

CSS = """
:root { --rep:#E69F00; --promo:#D55E00; --src:#0072B2; --read:#009E73; --style:#CC79A7;
        --struct:#56B4E9; --ink:#1b1b1b; --muted:#5b5b5b; --bg:#fff; --panel:#f5f5f2; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
       background: var(--bg); margin: 0; padding: 1rem 2rem 4rem; }
h1 { font-size: 1.4rem; margin: .2rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 0; display: inline; }
a { color: #0b5cad; }
table.index { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
table.index th, table.index td { padding: .3rem .6rem; border-bottom: 1px solid #ddd; text-align: left; }
table.index th { cursor: pointer; user-select: none; background: var(--panel); }
table.index th[aria-sort]::after { content: " ▲"; }
table.index th[aria-sort=descending]::after { content: " ▼"; }
details.article { border: 1px solid #ccc; border-radius: 6px; margin: 0 0 1rem; background: #fff; }
details.article > summary { padding: .6rem 1rem; cursor: pointer; background: var(--panel); }
.grade { display: inline-block; min-width: 2.2em; text-align: center; border-radius: 4px;
         font-weight: 700; color: #fff; padding: 0 .3em; margin-left: .5rem; }
.grade-A { background: #1a7f37; } .grade-B { background: #4d8f2a; } .grade-C { background: #9a6700; }
.grade-D { background: #b35900; } .grade-F { background: #b42318; }
.body { display: grid; grid-template-columns: 1fr 360px; gap: 1.2rem; padding: 1rem; }
.cats { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; }
.cat { border-left: 6px solid; padding: .1rem .5rem; background: var(--panel); border-radius: 3px; }
.cat.repetition { border-color: var(--rep); } .cat.promo { border-color: var(--promo); }
.cat.sourcing { border-color: var(--src); } .cat.readability { border-color: var(--read); }
.cat.style { border-color: var(--style); } .cat.structure { border-color: var(--struct); }
.filters { display: flex; flex-wrap: wrap; gap: .8rem; margin: .4rem 0 .8rem; font-size: .9rem; }
.text-wrap { display: flex; gap: .6rem; }
.strip { width: 14px; position: relative; background: #eee; border-radius: 3px; flex: none; }
.strip span { position: absolute; left: 0; width: 14px; height: 3px; }
pre.text { white-space: pre-wrap; word-wrap: break-word; font: 14px/1.6 Georgia, serif; margin: 0;
           flex: 1; min-width: 0; }
mark.f { background: none; color: inherit; border-bottom: 3px solid; cursor: help; }
mark.f:focus { outline: 2px solid #000; outline-offset: 1px; }
mark.sev-error { border-bottom-style: solid; background: rgba(0,0,0,.06); }
mark.sev-warning { border-bottom-style: dashed; }
mark.sev-info { border-bottom-style: dotted; }
mark.c-repetition { border-color: var(--rep); } mark.c-promo { border-color: var(--promo); }
mark.c-sourcing { border-color: var(--src); } mark.c-readability { border-color: var(--read); }
mark.c-style { border-color: var(--style); } mark.c-structure { border-color: var(--struct); }
.flash { animation: flash 1.6s; }
@keyframes flash { from { background: #fff3a0; } to { background: transparent; } }
.tip { position: absolute; z-index: 10; max-width: 420px; background: #222; color: #fff;
       padding: .4rem .6rem; border-radius: 4px; font-size: .85rem; pointer-events: none; }
.side h3 { font-size: 1rem; margin: .8rem 0 .3rem; }
svg.simmap { width: 100%; height: auto; border: 1px solid #ccc; background: #fafafa; }
svg.simmap rect.cell { cursor: pointer; }
svg.simmap rect.cell:hover { stroke: #000; stroke-width: .4; }
table.metrics td { padding: 0 .5rem 0 0; font-size: .9rem; }
ul.findings { padding-left: 1.1rem; font-size: .88rem; max-height: 22rem; overflow: auto; }
ul.findings li.hidden, mark.f.hidden { border-bottom-color: transparent !important; background: none; }
ul.findings li.hidden { display: none; }
.legend span { display: inline-block; width: .9em; height: .9em; margin: 0 .25em 0 .6em; vertical-align: -.1em; }
@media print {
  .filters, .strip, .tip, table.index th::after { display: none !important; }
  details.article > summary { background: none; }
  .body { display: block; }
  mark.f { border-bottom-width: 2px; }
  details.article { break-inside: avoid-page; }
}
"""

JS = r"""
(function () {
  "use strict";
  var CATS = ["repetition", "promo", "sourcing", "readability", "style", "structure"];
  function esc(s) { return s.replace(/[&<>"]/g, function (c) {
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]; }); }
  function lineStarts(text) { var out = [0]; for (var i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) out.push(i + 1); } return out; }
  var tip = null;
  function showTip(el) {
    hideTip(); tip = document.createElement("div"); tip.className = "tip"; tip.setAttribute("role", "tooltip");
    tip.textContent = el.getAttribute("data-msg"); document.body.appendChild(tip);
    var r = el.getBoundingClientRect();
    tip.style.left = (window.scrollX + r.left) + "px"; tip.style.top = (window.scrollY + r.bottom + 4) + "px";
  }
  function hideTip() { if (tip) { tip.remove(); tip = null; } }
  function render(section) {
    if (section.getAttribute("data-rendered")) return;
    var data = JSON.parse(section.querySelector("script.data").textContent);
    var text = data.text, fs = data.findings;
    var starts = lineStarts(text);
    var cuts = {0: 1}; cuts[text.length] = 1;
    fs.forEach(function (f) { cuts[f.s] = 1; cuts[f.e] = 1; });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    var html = [], seen = {};
    for (var k = 0; k + 1 < points.length; k++) {
      var a = points[k], b = points[k + 1]; if (b <= a) continue;
      var cover = [];
      fs.forEach(function (f, n) { if (f.s <= a && b <= f.e) cover.push(n); });
      var piece = esc(text.slice(a, b));
      var lineNo = 0; while (lineNo + 1 < starts.length && starts[lineNo + 1] <= a) lineNo++;
      if (!cover.length) { html.push(piece); continue; }
      var top = fs[cover[cover.length - 1]];
      var msgs = cover.map(function (n) { return fs[n].code + " " + fs[n].msg; }).join("\n");
      var ids = cover.map(function (n) { return n; }).join(" ");
      var first = cover.filter(function (n) { return !seen[n]; });
      first.forEach(function (n) { seen[n] = 1; });
      html.push('<mark class="f c-' + top.cat + ' sev-' + top.sev + '" tabindex="0" data-f="' + ids +
        '" data-cats="' + cover.map(function (n) { return fs[n].cat; }).join(" ") +
        '" data-sevs="' + cover.map(function (n) { return fs[n].sev; }).join(" ") +
        '" data-msg="' + esc(msgs) + '" aria-label="' + esc(msgs) + '"' +
        (first.length ? ' id="' + section.id + '-f' + first[0] + '"' : "") + ">" + piece + "</mark>");
    }
    // Wrap each block so the similarity map can scroll to it.
    var pre = section.querySelector("pre.text"); pre.innerHTML = html.join("");
    var blocks = data.blocks || [];
    blocks.forEach(function (b, i) {
      var target = document.createElement("span"); target.id = section.id + "-b" + i; target.className = "anchor";
      var walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT), pos = 0, node;
      while ((node = walker.nextNode())) {
        var len = node.nodeValue.length;
        if (pos + len > b[2]) { pre.insertBefore(target, node.parentNode === pre ? node : node.parentNode); break; }
        pos += len;
      }
    });
    drawStrip(section, data, starts.length);
    drawMap(section, data);
    section.setAttribute("data-rendered", "1");
    applyFilters(section);
  }
  function drawStrip(section, data, lines) {
    var strip = section.querySelector(".strip"); var html = [];
    data.findings.forEach(function (f) {
      html.push('<span style="top:' + (100 * (f.line - 1) / Math.max(lines, 1)).toFixed(2) +
        '%;background:var(--' + {repetition: "rep", promo: "promo", sourcing: "src", readability: "read",
        style: "style", structure: "struct"}[f.cat] + ')" title="line ' + f.line + ": " + esc(f.code) + '"></span>');
    });
    strip.innerHTML = html.join("");
  }
  function drawMap(section, data) {
    var svg = section.querySelector("svg.simmap"); var n = (data.blocks || []).length;
    if (!n) { svg.remove(); return; }
    svg.setAttribute("viewBox", "0 0 " + n + " " + n);
    var parts = ['<rect x="0" y="0" width="' + n + '" height="' + n + '" fill="#fafafa"/>'];
    for (var i = 0; i < n; i++) parts.push('<rect class="cell diag" x="' + i + '" y="' + i + '" width="1" height="1" fill="#bbb" data-i="' + i + '" data-j="' + i + '"/>');
    (data.similarity || []).forEach(function (c) {
      var i = c[0], j = c[1], s = c[2], op = Math.min(1, (s - 0.1) * 1.6).toFixed(2);
      var t = "blocks at lines " + data.blocks[i][0] + " and " + data.blocks[j][0] + ": similarity " + s;
      parts.push('<rect class="cell off" x="' + j + '" y="' + i + '" width="1" height="1" fill="#b42318" fill-opacity="' + op + '" data-i="' + i + '" data-j="' + j + '" data-sim="' + s + '"><title>' + t + '</title></rect>');
      parts.push('<rect class="cell off" x="' + i + '" y="' + j + '" width="1" height="1" fill="#b42318" fill-opacity="' + op + '" data-i="' + j + '" data-j="' + i + '" data-sim="' + s + '"><title>' + t + '</title></rect>');
    });
    svg.innerHTML = parts.join("");
    svg.addEventListener("click", function (ev) {
      var r = ev.target.closest("rect.cell"); if (!r) return;
      [r.getAttribute("data-i"), r.getAttribute("data-j")].forEach(function (k, idx) {
        var el = document.getElementById(section.id + "-b" + k); if (!el) return;
        var line = el.nextElementSibling || el.parentNode;
        if (idx === 0) el.scrollIntoView({block: "center"});
        line.classList.remove("flash"); void line.offsetWidth; line.classList.add("flash");
      });
    });
  }
  function applyFilters(section) {
    var off = {};
    section.querySelectorAll(".filters input").forEach(function (box) { if (!box.checked) off[box.value] = 1; });
    section.querySelectorAll("mark.f").forEach(function (m) {
      var cats = m.getAttribute("data-cats").split(" "), sevs = m.getAttribute("data-sevs").split(" ");
      var visible = cats.some(function (c, k) { return !off[c] && !off[sevs[k]]; });
      m.classList.toggle("hidden", !visible);
    });
    section.querySelectorAll("ul.findings li").forEach(function (li) {
      li.classList.toggle("hidden", !!(off[li.getAttribute("data-cat")] || off[li.getAttribute("data-sev")]));
    });
  }
  document.addEventListener("mouseover", function (e) { var m = e.target.closest && e.target.closest("mark.f"); if (m) showTip(m); });
  document.addEventListener("mouseout", function (e) { if (e.target.closest && e.target.closest("mark.f")) hideTip(); });
  document.addEventListener("focusin", function (e) { if (e.target.matches && e.target.matches("mark.f")) showTip(e.target); });
  document.addEventListener("focusout", hideTip);
  document.addEventListener("change", function (e) {
    var s = e.target.closest && e.target.closest("details.article"); if (s && e.target.matches(".filters input")) applyFilters(s);
  });
  document.querySelectorAll("details.article").forEach(function (d) {
    if (d.open) render(d);
    d.addEventListener("toggle", function () { if (d.open) render(d); });
  });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.article").forEach(function (d) { d.open = true; render(d); });
  });
  var table = document.querySelector("table.index");
  if (table) table.querySelectorAll("th[data-key]").forEach(function (th, col) {
    th.addEventListener("click", function () {
      var desc = th.getAttribute("aria-sort") === "ascending";
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", desc ? "descending" : "ascending");
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      var idx = th.cellIndex, num = th.getAttribute("data-key") !== "text";
      rows.sort(function (a, b) {
        var x = a.cells[idx].getAttribute("data-v"), y = b.cells[idx].getAttribute("data-v");
        var r = num ? (parseFloat(x) - parseFloat(y)) : x.localeCompare(y); return desc ? -r : r;
      });
      rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
    });
  });
  document.documentElement.setAttribute("data-ready", "1");
})();
"""
