"""The MkDocs plugin ``edition``: runs the pipeline and hands its files to MkDocs. No logic of its own.

Options (mkdocs.yml ``plugins: - edition: …``): ``seeds`` (the seeds folder), ``cache`` (the
analysis cache), ``search`` (``edition`` for the Korean search, ``stock`` for Material's own,
the benchmark's reference), ``search_inline_limit`` (bytes of index kept in one file before it
is sharded). ``on_config`` reads the seeds before MkDocs touches the site folder, so bad input
stops the build with one error and the previous site intact; ``mkdocs build`` writes into a
staging folder under a lock and publishes it in one step (``publish.py``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from . import csp, publish
from .analyse import analyser
from .emitters.home import about_appendix
from .emitters.manifest import manifest
from .emitters.search import INLINE_LIMIT, build_direct_index, build_search_index
from .page import Page
from .pipeline import NAV_ESSAYS, build_edition, nav, render_pages
from .records import Edition, EditionError
from .stages.annotate import user_words

log = logging.getLogger("mkdocs.plugins.edition")


class EditionConfig(Config):
    seeds = opt.Type(str, default="seeds")
    cache = opt.Type(str, default=".cache")
    search = opt.Choice(("edition", "stock"), default="edition")
    search_inline_limit = opt.Type(int, default=INLINE_LIMIT)


def _checked(html: str, where: str) -> str:
    """``html`` with the Content-Security-Policy, or an error if content made what it never may."""
    found = csp.problems(html)
    if found:
        raise PluginError(f"{where}: {found[0]}; escaping failed somewhere, report it")
    return csp.with_policy(html)


class _WarningCount(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class EditionPlugin(BasePlugin[EditionConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.command = "build"
        self.edition: Edition | None = None
        self.lock: publish.SiteLock | None = None
        self.site_dir: Path | None = None  # where the finished build goes
        self.pages: dict[str, Page] = {}  # generated pages by source path, for their fragments
        self.warnings = _WarningCount()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    def _path(self, config, value: str) -> Path:
        return Path(config.config_file_path).resolve().parent / value

    @event_priority(100)  # first: everything else builds on the edition
    def on_config(self, config):
        try:
            self.edition = build_edition(self._path(config, self.config.seeds), self._cache(config))
        except EditionError as exc:
            raise PluginError(str(exc)) from None
        for warning in self.edition.warnings:
            log.warning(warning)
        config.nav = nav(self.edition)
        if len(self.edition.essays) > NAV_ESSAYS and "navigation.prune" not in config.theme["features"]:
            config.theme["features"].append("navigation.prune")  # render only the open group of essays
        config.extra["edition_search"] = self.config.search == "edition"
        if config.extra["edition_search"]:
            config.extra_javascript += ["assets/search/direct.js", "assets/search/input.js"]
        if self.command in ("build", "gh-deploy"):  # mkdocs serve builds into its own temporary folder
            self._stage(config)
        return config

    def _cache(self, config) -> Path:
        return self._path(config, self.config.cache) / "analysis"

    def _stage(self, config) -> None:
        self.site_dir = Path(config.site_dir)
        self.lock = publish.SiteLock(self.site_dir, self._path(config, self.config.cache) / "locks")
        self.lock.acquire()
        publish.sweep(self.site_dir)
        config.site_dir = str(publish.staging_dir(self.site_dir))
        logging.getLogger("mkdocs").addHandler(self.warnings)

    def on_files(self, files: Files, config) -> Files:
        self.pages = {page.src_uri: page for page in render_pages(self.edition)}
        self.pages["about.md"] = about_appendix(self.edition)
        for src, page in self.pages.items():
            if src != "about.md":  # Markdown sees headings and placeholders only; on_page_content fills them
                files.append(File.generated(config, src, content=page.markdown(placeholders=True)))
        for essay in self.edition.essays:  # the bytes the page was made from, read once
            files.append(File.generated(config, f"sources/{essay.meta.source}", content=essay.source.raw))
        return files

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        if config.extra["edition_search"]:  # our index replaces Material's: spare it parsing every page
            page.meta["search"] = {**page.meta.get("search", {}), "exclude": True}
        if page.file.src_uri == "about.md":
            return markdown + "\n\n" + self.pages["about.md"].markdown(placeholders=True)
        return markdown

    def on_page_content(self, html: str, page, config, files) -> str:
        generated = self.pages.get(page.file.src_uri)
        return generated.inject(html) if generated else html

    @event_priority(-100)  # last: the policy covers whatever other plugins added
    def on_post_page(self, output: str, page, config) -> str:
        return _checked(output, page.file.dest_uri)

    def on_post_template(self, output_content: str, template_name: str, config) -> str:
        return _checked(output_content, template_name)  # 404.html (sitemap.xml has no <head>: left alone)

    @event_priority(-100)  # after Material's search plugin, whose lunr index ours replaces
    def on_post_build(self, config) -> None:
        site = Path(config.site_dir)
        (site / "edition.json").write_text(manifest(self.edition), encoding="utf-8")
        if config.extra["edition_search"]:
            self._search(config, site / "search")
        if self.site_dir is not None and not (config.strict and self.warnings.count):
            publish.publish(site, self.site_dir)  # in strict mode MkDocs aborts after this on warnings
            log.info(f"Published the site to {self.site_dir}")

    def _search(self, config, folder: Path) -> None:
        an = analyser(user_words(self.edition.annotations.data))
        search = build_search_index(self.edition, an, self._cache(config), self.config.search_inline_limit)
        (folder / "search_index.json").write_text(search.index, encoding="utf-8")
        for name, content in search.files.items():
            (folder / name).parent.mkdir(exist_ok=True)
            (folder / name).write_text(content, encoding="utf-8")
        (folder / "direct.json").write_text(build_direct_index(self.edition), encoding="utf-8")

    def on_build_error(self, *, error: Exception) -> None:
        self._finish()

    def on_shutdown(self) -> None:
        self._finish()

    def _finish(self) -> None:
        if self.site_dir is not None:
            publish.discard(publish.staging_dir(self.site_dir))
            logging.getLogger("mkdocs").removeHandler(self.warnings)
            self.site_dir = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def on_serve(self, server, config, builder):
        server.watch(str(self._path(config, self.config.seeds)))
        return server
