"""A Content-Security-Policy for every built page, as a <meta> tag (static hosts set no headers).

Material's pages carry three small inline scripts; they are allowed by their SHA-256 hashes,
computed from each page as built, so no other inline script (nor any event-handler attribute,
nor any script from another origin) can run. Styles stay 'self' plus inline (Material sets
style attributes from its scripts); images may be data: URIs (Material's icons).
"""

from __future__ import annotations

import base64
import hashlib
import re

EXECUTABLE = ("", "text/javascript", "application/javascript", "module")
# The HTML tokeniser's rule for script content: raw text up to the first "</script". A regex, not
# html.parser: parsing every page took 3 s of a 17 s (profiled) 100-essay build, for three small scripts.
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script", re.DOTALL | re.IGNORECASE)
SRC = re.compile(r"\ssrc\s*=", re.IGNORECASE)
TYPE = re.compile(r"""\stype\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)


def inline_scripts(html: str) -> list[str]:
    """The bodies of the scripts a browser would run inline (no src, a JavaScript type)."""
    out = []
    for found in SCRIPT.finditer(html):
        attrs, body = found.groups()
        kind = TYPE.search(attrs)
        if not SRC.search(attrs) and (kind.group(1) if kind else "").lower() in EXECUTABLE:
            out.append(body)
    return out


def policy(html: str) -> str:
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
            for s in inline_scripts(html)
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
