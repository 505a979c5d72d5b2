"""A Content-Security-Policy for every built page, as a <meta> tag (static hosts set no headers),
and the checks that what content can never do has not happened.

No inline script is allowed: Material's three inline scripts are files (``overrides/partials/
javascripts/``), so ``script-src 'self'`` forbids any other inline script, any event-handler
attribute and any script from another origin, whatever reached a page. A ``<meta http-equiv>``
(a refresh sends the reader away) or a ``<base>`` (it re-targets every link) cannot be stopped
by a policy, so a page carrying one that content made fails the build.

The MkDocs plugin applies it page by page; ``python -m scripts.csp SITE_DIR`` applies it to a
site folder any engine built (the export's Zensical build).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",  # Material sets style attributes from its scripts
        "img-src 'self' data:",  # Material's icons
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    )
)
META = f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
# Elements only markup can make (text is escaped, so these appear only if escaping failed). The
# attributes of a <meta> are matched one by one: "http-equiv" inside a description is text.
ATTRIBUTE = r"""\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?"""
FORBIDDEN = re.compile(rf"<meta\b(?:{ATTRIBUTE})*?\s+http-equiv\b[^>]*>|<base\b[^>]*>", re.IGNORECASE)
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)(?![^>]*\btype\s*=\s*[\"']?application/json)[^>]*>", re.I)


def problems(html: str) -> list[str]:
    """What a built page must never contain: a meta refresh or base element, an inline script."""
    found = [f"contains {m.group(0)[:80]!r}, which content must never make" for m in FORBIDDEN.finditer(html)]
    found += [f"contains an inline script {m.group(0)[:80]!r}" for m in INLINE_SCRIPT.finditer(html)]
    return found


def with_policy(html: str) -> str:
    """``html`` with the policy as the first element of <head> (before any script can run)."""
    head = html.find("<head>")
    if head < 0:
        return html
    at = head + len("<head>")
    return html[:at] + "\n" + META + html[at:]


def apply(site: Path) -> list[str]:
    """Put the policy in every HTML page of a built ``site`` (any engine's), once; returns the
    problems found, as ``path: message`` lines."""
    found = []
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if META in html:
            continue
        where = page.relative_to(site).as_posix()
        found += [f"{where}: {problem}" for problem in problems(html)]
        page.write_text(with_policy(html), encoding="utf-8")
    return found


def main() -> int:
    """``python -m scripts.csp SITE_DIR``: the policy on every page of a site built by any engine."""
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        print("usage: python -m scripts.csp SITE_DIR", file=sys.stderr)
        return 2
    found = apply(Path(sys.argv[1]))
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
