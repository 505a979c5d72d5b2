"""The Markdown extension that passes the renderers' HTML through without parsing it again."""

from __future__ import annotations

import markdown

from scripts.rawhtml import MARK, RawHtmlExtension


def render(text: str) -> str:
    return markdown.markdown(text, extensions=[RawHtmlExtension(), "attr_list"])


def test_html_blocks_of_a_generated_page_pass_through_and_headings_stay_markdown():
    html = render(f'{MARK}\n\n## 제목 {{#h-1}}\n\n<p id="p-1">본문 *별표*</p>\n<aside>주</aside>\n\n[링크](a.md)\n')
    assert '<h2 id="h-1">제목</h2>' in html
    assert '<p id="p-1">본문 *별표*</p>\n<aside>주</aside>' in html
    assert '<a href="a.md">링크</a>' in html


def test_a_pre_keeps_its_blank_lines_and_its_text_is_not_markdown():
    html = render(f"{MARK}\n\n<pre>첫 줄\n\n# 제목 아님\n\n* 목록 아님</pre>\n\n## 다음 {{#h-2}}\n")
    assert "<pre>첫 줄\n\n# 제목 아님\n\n* 목록 아님</pre>" in html
    assert '<h2 id="h-2">다음</h2>' in html


def test_a_page_without_the_mark_is_left_to_markdown():
    assert "<em>별표</em>" in render("<div>\n\n*별표*\n\n</div>\n\n*별표*\n")
