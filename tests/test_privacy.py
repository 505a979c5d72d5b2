"""Privacy and the Content-Security-Policy, on every page of the built site in a real browser:
no request leaves the site, the policy is in force, pages raise no CSP violation, and an
injected inline script or event handler is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import hermetic

from scripts.csp import POLICY

INIT = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture(scope="module")
def browser_page(chromium, site_url):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(INIT)
    offsite = hermetic(context, site_url)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page, offsite, errors
    context.close()


def all_pages(site: Path) -> list[str]:
    return sorted("/" + p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("index.html"))


def test_every_page_loads_under_the_policy_with_no_request_leaving_the_site(browser_page, built_site, site_url):
    page, offsite, errors = browser_page
    paths = all_pages(built_site)
    assert len(paths) >= 40
    for path in paths:
        page.goto(site_url + path, wait_until="networkidle")
        policy = page.evaluate(
            "() => (document.querySelector('meta[http-equiv=Content-Security-Policy]') || {}).content || ''"
        )
        assert policy == POLICY, path  # no inline script at all: no hash, no 'unsafe-inline'
        violations = page.evaluate("() => window.__csp")
        assert violations == [], f"{path}: {violations}"
    assert offsite == []
    assert errors == []


def test_injected_inline_script_and_handler_are_refused(browser_page, site_url):
    page, _, _ = browser_page
    page.goto(site_url + "/essays/pickaxe/")
    page.evaluate(
        """() => {
        const s = document.createElement('script'); s.textContent = 'window.__pwned = 1'; document.body.append(s);
        document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__pwned = 2">');
    }"""
    )
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    assert any("script-src" in v for v in page.evaluate("() => window.__csp"))
