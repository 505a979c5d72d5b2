"""``make screenshots``: every page of the built site at 375 px and 1280 px, light and dark,
full-page PNGs in ``screenshots/`` for a person to review (not a test: nothing is compared).

    python bench/screenshots.py [SITE_DIR] [--out screenshots] [--only essays/pickaxe/]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

WIDTHS = {"phone": 375, "desk": 1280}
SCHEMES = ("light", "dark")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--only", action="append", default=[], help="a page path to take alone (repeatable)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    paths = args.only or sorted(
        "/" + p.relative_to(args.site).as_posix().removesuffix("index.html") for p in args.site.rglob("index.html")
    )
    server, url = serve(args.site)
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for scheme in SCHEMES:
            for name, width in WIDTHS.items():
                context = browser.new_context(
                    viewport={"width": width, "height": 900}, locale="ko-KR", color_scheme=scheme
                )
                page = context.new_page()
                for path in paths:
                    page.goto(url + path, wait_until="networkidle")
                    slug = path.strip("/").replace("/", "_") or "home"
                    page.screenshot(path=args.out / f"{slug}--{name}-{scheme}.png", full_page=True)
                context.close()
        browser.close()
    server.shutdown()
    print(f"{len(paths) * len(WIDTHS) * len(SCHEMES)} screenshots in {args.out}")


if __name__ == "__main__":
    main()
