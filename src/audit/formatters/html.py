"""A self-contained HTML report: scores, highlighted text, similarity map, filters."""

from __future__ import annotations

import html
import json

from ..model import CATEGORIES, Report
from . import Formatter
from .html_assets import CSS, JS

EAGER_LIMIT = 20  # up to this many articles are rendered at load; beyond, when opened


def _e(text: str) -> str:
    return html.escape(str(text), quote=True)


class HtmlFormatter(Formatter):
    """Streams one <details> section per article; the index table is written at the end."""

    def start(self) -> None:
        self.rows: list[str] = []
        self.count = 0
        self.stream.write(
            '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>article-audit report</title><style>{CSS}</style></head><body>\n"
            '<h1>article-audit report</h1>\n<div id="articles">\n'
        )

    def file(self, report: Report) -> None:
        self.count += 1
        sid = f"a{self.count}"
        if report.error:
            self.rows.append(
                f'<tr><td data-v="{_e(report.path)}">{_e(report.path)}</td><td data-v="-1">—</td>'
                f'<td data-v="Z">error</td><td data-v="0">{_e(report.error)}</td></tr>'
            )
            return
        n = len(report.findings)
        self.rows.append(
            f'<tr><td data-v="{_e(report.path)}"><a href="#{sid}">{_e(report.path)}</a></td>'
            f'<td data-v="{report.score}">{report.score:.1f}</td>'
            f'<td data-v="{report.grade}"><span class="grade grade-{report.grade}">{report.grade}</span></td>'
            f'<td data-v="{n}">{n}</td></tr>'
        )
        extras = report.extras or {"text": "", "blocks": [], "similarity": []}
        findings = [
            {"s": f.start, "e": max(f.end, f.start + 1), "code": f.code, "cat": f.category,
             "sev": str(f.severity), "msg": f.message, "line": f.line}
            for f in report.findings
        ]  # fmt: skip
        data = {"text": extras["text"], "findings": findings, "blocks": extras["blocks"],
                "similarity": extras["similarity"]}  # fmt: skip
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        cats = "".join(
            f'<span class="cat {c}">{c} {r.score:.0f} ({r.findings})</span>'
            for c, r in report.categories.items()
        )
        filters = "".join(
            f'<label><input type="checkbox" value="{c}" checked> {c}</label>' for c in CATEGORIES
        ) + "".join(
            f'<label><input type="checkbox" value="{s}" checked> {s}</label>'
            for s in ("error", "warning", "info")
        )
        items = "".join(
            f'<li data-cat="{f.category}" data-sev="{f.severity}"><a href="#{sid}-f{i}">{f.line}:{f.column}</a> '
            f"<b>{_e(f.code)}</b> [{f.severity}] {_e(f.message)}</li>"
            for i, f in enumerate(report.findings)
        )
        metrics = "".join(
            f"<tr><td>{_e(k)}</td><td>{v:.2f}</td></tr>" if isinstance(v, float) else
            f"<tr><td>{_e(k)}</td><td>{v}</td></tr>"
            for k, v in sorted(report.metrics.items())
        )  # fmt: skip
        opened = " open" if self.count <= EAGER_LIMIT else ""
        self.stream.write(
            f'<details class="article" id="{sid}"{opened}><summary><h2>{_e(report.path)}</h2>'
            f'<span class="grade grade-{report.grade}">{report.grade}</span> score {report.score:.1f}'
            f" · {report.words} words · {n} findings</summary>\n"
            f'<div class="body"><div class="main"><div class="cats">{cats}</div>'
            f'<div class="filters" role="group" aria-label="filters">{filters}</div>'
            f'<div class="text-wrap"><div class="strip" aria-hidden="true"></div>'
            f'<pre class="text"></pre></div></div>'
            f'<div class="side"><h3>Similarity map</h3>'
            f'<svg class="simmap" role="img" aria-label="paragraph by paragraph similarity; '
            f'off-diagonal stripes are repeated or reworded passages"></svg>'
            f'<h3>Findings</h3><ul class="findings">{items}</ul>'
            f'<h3>Metrics</h3><table class="metrics">{metrics}</table></div></div>'
            f'<script type="application/json" class="data">{payload}</script></details>\n'
        )

    def finish(self, summary: dict) -> None:
        legend = "".join(
            f'<span style="background:var(--{v})"></span>{k}'
            for k, v in zip(
                CATEGORIES, ("rep", "promo", "src", "read", "style", "struct"), strict=True
            )
        )
        self.stream.write(
            "</div>\n<h1>Files</h1>\n"
            f"<p>{summary['files']} files, {summary['findings']} findings, {summary['failed']} could "
            f'not be audited. <span class="legend">{legend}</span></p>\n'
            '<table class="index"><thead><tr><th data-key="text">file</th><th data-key="num">score</th>'
            '<th data-key="text">grade</th><th data-key="num">findings</th></tr></thead><tbody>\n'
            + "\n".join(self.rows)
            + f"\n</tbody></table>\n<script>{JS}</script>\n</body></html>\n"
        )
