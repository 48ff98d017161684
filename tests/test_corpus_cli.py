"""`audit corpus`: cross-article duplicates, site-wide boilerplate, engines."""

from __future__ import annotations

import json
import random
import shutil

import pytest

from conftest import BBC, ROOT, need, run_audit

PROMO = "Sign up for our newsletter: the best stories of the week in your inbox."


def _reword(text: str) -> str:
    swaps = {"said": "stated", "rise": "increase", "big": "large", "firm": "company",
             "government": "administration", "plans": "proposals", "also": "additionally"}  # fmt: skip
    out = []
    for para in text.split("\n\n"):
        words = [swaps.get(w, w) for w in para.split(" ")]
        out.append(" ".join(w for w in words if w.lower() not in {"the", "very"}))
    return "\n\n".join(out)


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    need(BBC)
    root = tmp_path_factory.mktemp("archive")
    files = sorted(BBC.rglob("*.txt"))
    rng = random.Random(11)
    chosen = sorted(rng.sample(files, 300))
    for i, f in enumerate(chosen):
        text = f.read_bytes().decode("utf-8", "replace")
        if i % 6 == 0:  # 50 articles get the same promo line mid-article
            parts = text.split("\n\n")
            parts.insert(len(parts) // 2, PROMO)
            text = "\n\n".join(parts)
        (root / f"{i:03d}.txt").write_text(text)
    source = chosen[7].read_bytes().decode("utf-8", "replace")
    (root / "spun-copy.txt").write_text(_reword(source))
    return root


def test_planted_spun_copy_and_promo_line_are_found(planted):
    proc = run_audit("corpus", "--format", "json", "--jobs", "2", str(planted))
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    data = json.loads(proc.stdout)
    assert data["summary"]["articles"] == 301
    spun = [
        d
        for d in data["duplicates"]
        if d["b"].endswith("spun-copy.txt") or d["a"].endswith("spun-copy.txt")
    ]
    assert spun and any(d["a"].endswith("007.txt") or d["b"].endswith("007.txt") for d in spun)
    assert spun[0]["kind"] == "restated" and spun[0]["lines_a"][0] >= 1
    promo = [b for b in data["boilerplate"] if b["text"] == PROMO]
    assert promo and promo[0]["articles"] == 50 and promo[0]["promo"]


def test_text_csv_and_json_lines_outputs(planted):
    text = run_audit("corpus", "--jobs", "2", str(planted)).stdout.decode()
    assert "Duplicate pairs" in text and "Site-wide boilerplate" in text
    rows = (
        run_audit("corpus", "--format", "csv", "--jobs", "2", str(planted))
        .stdout.decode()
        .splitlines()
    )
    assert rows[0].startswith("path,score,grade") and len(rows) == 302
    lines = (
        run_audit("corpus", "--format", "json-lines", "--jobs", "2", str(planted))
        .stdout.decode()
        .splitlines()
    )
    kinds = {json.loads(ln)["type"] for ln in lines}
    assert kinds == {"summary", "duplicate", "boilerplate", "article"}


def test_manifest_input(tmp_path):
    for i, src in enumerate(
        [ROOT / "examples" / "content-farm.txt", ROOT / "examples" / "clean-news.md"]
    ):
        shutil.copy(src, tmp_path / f"{i}{src.suffix}")
    (tmp_path / "list.txt").write_text("0.txt\n1.md\n")
    data = json.loads(
        run_audit("corpus", "--format", "json", "--manifest", str(tmp_path / "list.txt")).stdout
    )
    assert data["summary"]["articles"] == 2


def test_dask_cluster_gives_the_same_result_as_local_processes(planted):
    distributed = pytest.importorskip("distributed", reason="Dask is not installed (test extra)")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        remote = run_audit("corpus", "--format", "json", "--engine", "dask", "--scheduler",
                           cluster.scheduler_address, str(planted))  # fmt: skip
    local = run_audit("corpus", "--format", "json", "--jobs", "2", str(planted))
    assert remote.returncode == 0, remote.stderr.decode()[-2000:]
    assert remote.stdout == local.stdout


def test_bad_scheduler_address_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text("Some words for the test article here.\n")
    proc = run_audit(
        "corpus", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", str(tmp_path)
    )
    assert proc.returncode == 2 and "Dask scheduler" in proc.stderr.decode()
