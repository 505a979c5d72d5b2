"""MkDocs hook: runs the pipeline and hands its pages to MkDocs. No logic of its own.

on_config reads the seeds before MkDocs cleans ``site/``, so bad input stops the build
with one error and the previous site intact. ``mkdocs serve`` also watches ``seeds/``.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # MkDocs loads hooks by path

from scripts.analyse import analyser  # noqa: E402
from scripts.csp import with_policy  # noqa: E402
from scripts.emitters.home import about_appendix  # noqa: E402
from scripts.emitters.manifest import manifest  # noqa: E402
from scripts.emitters.search import build_direct_index, build_search_index  # noqa: E402
from scripts.pipeline import NAV_ESSAYS, build_edition, nav, render_pages  # noqa: E402
from scripts.rawhtml import RawHtmlExtension  # noqa: E402
from scripts.records import Edition, EditionError  # noqa: E402
from scripts.stages.annotate import user_words  # noqa: E402

log = logging.getLogger("mkdocs.hooks.edition")


class _Build:
    """The edition of the build in progress (MkDocs hooks share state through the module)."""

    edition: Edition | None = None


def _seeds_dir(config) -> Path:
    return Path(config.config_file_path).resolve().parent / "seeds"


def _cache_dir(config) -> Path:
    return Path(config.config_file_path).resolve().parent / ".cache" / "analysis"


def on_config(config):
    try:
        _Build.edition = build_edition(_seeds_dir(config), _cache_dir(config))
    except EditionError as exc:
        raise PluginError(str(exc)) from None
    for warning in _Build.edition.warnings:
        log.warning(warning)
    config.nav = nav(_Build.edition)
    config.markdown_extensions.append(RawHtmlExtension())
    if len(_Build.edition.essays) > NAV_ESSAYS and "navigation.prune" not in config.theme["features"]:
        config.theme["features"].append("navigation.prune")  # render only the open group of essays
    # EDITION_SEARCH=stock builds the same pages with Material's own search (the benchmark's reference).
    config.extra["edition_search"] = os.environ.get("EDITION_SEARCH", "edition") != "stock"
    config.extra_javascript.append("assets/compare.js")
    if config.extra["edition_search"]:
        config.extra_javascript.append("assets/search/direct.js")
    return config


def on_files(files: Files, config) -> Files:
    for page in render_pages(_Build.edition):
        files.append(File.generated(config, page.src_uri, content=page.markdown))
    for essay in _Build.edition.essays:  # the bytes the page was made from, read once
        files.append(File.generated(config, f"sources/{essay.meta.source}", content=essay.source.raw))
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    if config.extra["edition_search"]:  # our index replaces Material's: spare it parsing every page
        page.meta["search"] = {**page.meta.get("search", {}), "exclude": True}
    if page.file.src_uri == "about.md":
        return markdown + about_appendix(_Build.edition)
    return markdown


def on_post_page(output: str, page, config) -> str:
    return with_policy(output)


def on_post_template(output_content: str, template_name: str, config) -> str:
    return with_policy(output_content)  # 404.html (sitemap.xml has no <head> and is left alone)


def on_post_build(config) -> None:
    """Runs after Material's search plugin, so our index replaces its lunr index."""
    site = Path(config.site_dir)
    (site / "edition.json").write_text(manifest(_Build.edition), encoding="utf-8")
    if config.extra["edition_search"]:
        an = analyser(user_words(_Build.edition.annotations.data))
        search = build_search_index(_Build.edition, an, _cache_dir(config))
        (site / "search" / "search_index.json").write_text(search.index, encoding="utf-8")
        for name, content in search.files.items():
            (site / "search" / name).parent.mkdir(exist_ok=True)
            (site / "search" / name).write_text(content, encoding="utf-8")
        (site / "search" / "direct.json").write_text(build_direct_index(_Build.edition), encoding="utf-8")


def on_serve(server, config, builder):
    server.watch(str(_seeds_dir(config)))
    return server
