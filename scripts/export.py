"""``make export``: the edition as a self-contained project that any Material-compatible engine
builds — stock MkDocs + Material, or Zensical — with no plugin or hook of ours.

``export/`` holds ``mkdocs.yml`` (ours, without the ``edition`` plugin, with the nav written out),
``docs/`` (the hand-written pages and assets, every generated page with its HTML fragments
inline, ``about.md`` with its generated end, the source texts, ``edition.json`` and the search
index) and ``overrides/``. It is written beside and swapped in whole, like the site.

    python -m scripts.export [PROJECT] [--out export]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

import yaml

from . import publish, urls
from .analyse import analyser
from .emitters.home import about_appendix
from .emitters.manifest import manifest
from .emitters.search import build_direct_index, build_search_index
from .pipeline import build_edition, nav, render_pages
from .records import EditionError
from .stages.annotate import user_words

PLUGIN = "edition"


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as MkDocs reads it: ``!ENV [NAME, default]`` resolved now."""


def _env(loader: _ConfigLoader, node: yaml.Node) -> object:
    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    *variables, default = names if len(names) > 1 else (*names, None)
    return next((os.environ[v] for v in variables if v in os.environ), default)


_ConfigLoader.add_constructor("!ENV", _env)


def export_config(project: Path, edition) -> dict:
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    plugins = [p for p in config.get("plugins", []) if (p if isinstance(p, str) else next(iter(p))) != PLUGIN]
    extra = {**config.get("extra", {}), "edition_search": True}
    scripts = [*config.get("extra_javascript", []), "assets/search/direct.js"]
    return {**config, "plugins": plugins, "nav": nav(edition), "extra": extra, "extra_javascript": scripts}


def write_export(project: Path, folder: Path) -> None:
    """Everything the engines build, written into ``folder``."""
    cache = project / ".cache" / "analysis"
    edition = build_edition(project / "seeds", cache)
    shutil.copytree(project / "docs", folder / "docs")
    shutil.copytree(project / "overrides", folder / "overrides")
    docs = folder / "docs"
    for page in render_pages(edition):
        path = docs / page.src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.markdown(), encoding="utf-8")
    about = docs / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\n\n" + about_appendix(edition).markdown(), encoding="utf-8")
    for essay in edition.essays:
        path = docs / urls.source_file(essay.meta.source)
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(essay.source.raw)
    (docs / "edition.json").write_text(manifest(edition), encoding="utf-8")
    search = build_search_index(edition, analyser(user_words(edition.annotations.data)), cache)
    for name, content in {
        "search_index.json": search.index,
        **search.files,
        "direct.json": build_direct_index(edition),
    }.items():
        path = docs / "search" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    config = export_config(project, edition)
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", nargs="?", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = (args.out or args.project / "export").resolve()
    lock = publish.SiteLock(out, args.project / ".cache" / "locks")
    lock.acquire()
    staging = publish.staging_dir(out)
    try:
        publish.sweep(out)
        staging.mkdir()
        write_export(args.project, staging)
        publish.publish(staging, out)
    except EditionError as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        publish.discard(staging)
        lock.release()
    print(f"exported to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
