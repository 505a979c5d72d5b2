"""HTML from Jinja templates: ``overrides/fragments/edition/*.html``, rendered with autoescape on.

Emitters build small view records and call ``fragment(template, **view)``; every value a
template prints is escaped there unless it is ``Markup`` made by ``inline.render_inline`` (a
block's text with its marks, escaped piece by piece). Korean copy lives in the templates.
Filters: ``href`` (a relative link between routes), ``josa`` (a word with its particle),
``korean_date``. The environment is made once per process.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from . import urls
from .escape import glue_particles
from .korean import josa, particle

TEMPLATES = Path(__file__).resolve().parents[1] / "overrides" / "fragments" / "edition"


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=_one_line,
    )
    env.filters.update(href=urls.href, josa=josa, particle=particle, breakable=breakable)
    env.globals.update(urls=urls)
    return env


def _one_line(value: object) -> object:
    """Text with line breaks as character references (shown the same), so a fragment's lines are
    its own and no text can end a raw HTML block or start a Markdown line."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return escape(glue_particles(value)).replace("\n", Markup("&#10;"))
    return value


def breakable(text: str) -> Markup:
    """Escaped text with a line-break opportunity after each / (a URL or a path may then wrap
    between its parts instead of in the middle of one)."""
    return escape(glue_particles(text)).replace("/", Markup("/<wbr>"))


def fragment(template: str, **view: object) -> Markup:
    """``template`` rendered with ``view``: one piece of a page's HTML, with no blank line in it
    (so it stays one raw HTML block wherever Markdown meets it)."""
    html = environment().get_template(template).render(**view)
    return Markup("\n".join(line for line in html.splitlines() if line.strip()))
