"""An offline copy of a built site, read from the file system (``file://``) with its search.

    python -m scripts.offline SITE_DIR OUT_DIR        (make offline: site/ → offline/)

A browser opening files refuses three things the served site relies on, and the copy answers each:

- a folder is not its ``index.html``: every relative link to a folder (``../pickaxe/``,
  ``../pickaxe/#p-1``) names the file, in the pages, the search index and the "바로 가기" data;
- ``fetch`` and ``new Worker`` fail: the search index is inlined into ``search/search_index.js``
  (Material reads it on ``file:``), its shard and paragraph files into it as well, the direct
  entries into ``search/direct.js``; ``assets/search/file-worker.js``, loaded first in every page,
  runs the edition's worker inside the page;
- Material turns off instant navigation on ``file:`` by itself.

It works on any engine's build that used the edition's search (MkDocs or the export's Zensical).
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

# href/src values, quoted (the only form our templates and Material write)
LINK = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|/|#|\?)", re.IGNORECASE)
SHIM = "assets/search/file-worker.js"


def file_url(url: str) -> str:
    """A relative URL to a folder as the URL of its index.html; anything else unchanged."""
    if not url or EXTERNAL.match(url):
        return url
    path, rest = re.match(r"([^?#]*)(.*)", url, re.DOTALL).groups()
    if path in (".", ".."):
        path += "/"
    return (path + "index.html" if path.endswith("/") else path) + rest


def page_html(html: str, depth: int) -> str:
    html = LINK.sub(lambda m: m.group(1) + file_url(m.group(2)) + m.group(3), html)
    shim = f'<script src="{"../" * depth}{SHIM}"></script>'
    # After the policy (the first element of <head>), before any script that might make a Worker.
    policy = html.find('<meta http-equiv="Content-Security-Policy"')
    at = html.find(">", policy) + 1 if policy >= 0 else html.find("<head>") + len("<head>")
    return html[:at] + "\n" + shim + html[at:] if "<head>" in html else html


def search_script(folder: Path) -> str:
    """search_index.json with every file it names inlined and its pages' URLs as file URLs (a
    document holds only its anchor on the page)."""
    data = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    index = data["config"]["index"]
    index["shards"] = [
        json.loads((folder / s).read_text(encoding="utf-8")) if isinstance(s, str) else s for s in index["shards"]
    ]
    pages = []
    for page in index["pages"]:
        url, first, *rest = page
        docs = rest[0] if rest else None
        if isinstance(docs, str):
            docs = json.loads((folder / docs).read_text("utf-8"))
        pages.append([file_url(url), first, *([docs] if docs is not None else [])])
    index["pages"] = pages
    return "var __index = " + json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def direct_script(folder: Path) -> str:
    data = json.loads((folder / "direct.json").read_text(encoding="utf-8"))
    data["entries"] = [dict(e, url=file_url(e["url"])) for e in data["entries"]]
    return "var __editionDirect = " + json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def make_offline(site: Path, out: Path) -> None:
    if not (site / "search" / "search_index.json").is_file() or not (site / SHIM).is_file():
        raise SystemExit(f"{site}: not a site built with the edition's search; run make build first")
    staging = out.with_name(out.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(site, staging)
    for page in staging.rglob("*.html"):
        depth = len(page.relative_to(staging).parts) - 1
        page.write_text(page_html(page.read_text(encoding="utf-8"), depth), encoding="utf-8")
    search = staging / "search"
    (search / "search_index.js").write_text(search_script(search), encoding="utf-8")
    (search / "direct.js").write_text(direct_script(search), encoding="utf-8")
    shutil.rmtree(out, ignore_errors=True)
    staging.rename(out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m scripts.offline SITE_DIR OUT_DIR", file=sys.stderr)
        return 2
    make_offline(Path(args[0]), Path(args[1]))
    print(f"{args[1]}: open {Path(args[1]).resolve() / 'index.html'} in a browser")
    return 0


if __name__ == "__main__":
    sys.exit(main())
