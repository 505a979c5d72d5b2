"""A Content-Security-Policy for every built page, as a <meta> tag (static hosts set no headers).

Material's pages carry three small inline scripts; they are allowed by their SHA-256 hashes,
computed from each page as built, so no other inline script (nor any event-handler attribute,
nor any script from another origin) can run. Styles stay 'self' plus inline (Material sets
style attributes from its scripts); images may be data: URIs (Material's icons).
"""

from __future__ import annotations

import base64
import hashlib
from html.parser import HTMLParser

EXECUTABLE = ("", "text/javascript", "application/javascript", "module")


class _InlineScripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            attrs = dict(attrs)
            inline = "src" not in attrs and (attrs.get("type") or "").lower() in EXECUTABLE
            self._open = [] if inline else None

    def handle_data(self, data):
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._open is not None:
            self.scripts.append("".join(self._open))
            self._open = None


def policy(html: str) -> str:
    parser = _InlineScripts()
    parser.feed(html)
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
            for s in parser.scripts
        }
    )
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self' " + " ".join(hashes),
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        )
    )


def with_policy(html: str) -> str:
    """``html`` with the policy as the first element of <head> (before any script can run)."""
    head = html.find("<head>")
    if head < 0:
        return html
    at = head + len("<head>")
    meta = f'\n<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return html[:at] + meta + html[at:]
