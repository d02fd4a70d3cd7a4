"""The inline Markdown shortcut must give exactly the bytes of python-markdown + nh3.

``inline_paragraphs`` renders paragraphs whose only markup is ``**strong**``,
``*em*`` and ``[text](https://url)`` without python-markdown, and returns
``None`` for anything it is not sure of. These tests build text from words,
punctuation and markers glued together at random, so most of it is a near miss
(unbalanced or adjacent markers, odd URLs, entities, CRLF...): whenever the
shortcut answers, its answer must be the slow path's, byte for byte.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from timeline.site.markdown import (
    full_markdown,
    html_text,
    inline_paragraphs,
    quick_html,
    render_both,
    render_markdown,
)

WORDS = st.sampled_from([
    "a", "word", "Bold", "x1", "don't", "naïve", "日本", "Ωmega", "e\u0301", "42", "co-op", "U.S.",
    "(aside)", "end.", "why?", "so,", "semi;", "colon:", '"quoted"', "'single'", "&amp;", "&", "&#60;",
    "a_b", "snake_case", "x*y", "2*3", "~tilde~", "a=b", "#tag", "!bang", "<b>", "</p>", "\\*", "`code`",
    "\u00a0", "\u2003", "\x0b", "\x85", "\u2028", "\ufeff", "\x02", "\ud800", "ﬁ",
])
URLS = st.sampled_from([
    "https://example.com/r/7", "http://a.b/c?d=1&e=2#f", "https://A-b.Com", "https://x.org/a_b~c%41:d@e,f+g",
    "https://x.org/%zz", "https://1.2.3.999/", "https://xn--zz/", "https://a.0x1f", "https://a--b.com",
    "https://a.com:99999/", "https://u@a.com/", "javascript:alert(1)", "JAVASCRIPT:x", "HTTPS://A.COM",
    "mailto:a@b.c", "/relative", "#frag", "b c", " https://x.com", "https://x.com/(y)", "https://x.com/y)z",
    "https://x.com/&amp;", "https://x.com/&copy;", "https://x.com/&copy", 'https://x.com/"q"', "https://x.com/'q'",
    "https://x.com/*a*", "https://x.com/_a_", "https://x.com/<a>", "https://x.com/\\a", "<https://x.com>",
    "https://x.com 'title'", 'https://x.com "title"', "https://", "https://-a.com", "https://a-.com", "",
])
MARKERS = st.sampled_from(["*", "**", "***", "****", "[", "]", "(", ")", "](", "![", "_", "__", "`", "\\"])
SPACE = st.sampled_from([" ", " ", " ", "  ", "\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", "\t", "  \n", " \n"])


@st.composite
def markup(draw: st.DrawFn) -> str:
    """A well-formed piece of the grammar, sometimes with a damaged part."""
    words = draw(st.lists(WORDS, min_size=1, max_size=3))
    inner = draw(st.sampled_from([" ", " ", "  ", "\n", ""])).join(words)
    if draw(st.booleans()):
        inner = draw(st.sampled_from(["", " ", "*", "_"])) + inner + draw(st.sampled_from(["", " ", "*", "_"]))
    kind = draw(st.sampled_from(["strong", "em", "link", "link"]))
    if kind == "strong":
        return f"**{inner}**"
    if kind == "em":
        return f"*{inner}*"
    return f"[{inner}]({draw(URLS)})"


PIECE = st.one_of(WORDS, WORDS, WORDS, markup(), markup(), MARKERS, SPACE, SPACE, SPACE,
                  st.sampled_from([".", ",", ":", ";", "?", ")", "(", "-", "+", "1.", "> ", "# ", "=", "---"]))
# Pieces glued with no separator: adjacency (``**x**y``, ``a[b](c)``) happens naturally.
GLUED = st.lists(PIECE, max_size=30).map("".join)
# Paragraphs of space-separated words and well-formed markup: the fast path's home ground.
CLEAN_WORDS = st.sampled_from(["the", "contract", "Company", "said.", "talks,", "naïve", "(week)", "vote:", "U.S.",
                               '"quoted"', "don't", "why?"])
CLEAN_URLS = st.sampled_from(["https://example.com/r/7", "http://a.b/c?d=1&e=2#f", "https://x.org/a_b~c%41:d@e,f+g"])


@st.composite
def clean_markup(draw: st.DrawFn) -> str:
    inner = " ".join(draw(st.lists(CLEAN_WORDS.filter(lambda w: w[0] not in "(\"" and w[-1] not in ")\""),
                                   min_size=1, max_size=3)))
    kind = draw(st.sampled_from(["strong", "em", "link"]))
    if kind == "strong":
        return f"**{inner}**"
    if kind == "em":
        return f"*{inner}*"
    return f"[{inner}]({draw(CLEAN_URLS)})"


CLEAN_LINE = st.lists(st.one_of(CLEAN_WORDS, CLEAN_WORDS, clean_markup()), min_size=1, max_size=12).map(" ".join)
CLEAN = st.lists(st.lists(CLEAN_LINE, min_size=1, max_size=3).map("\n".join), min_size=1, max_size=3).map("\n\n".join)
# A clean body with a few glued pieces spliced in: the nearest misses.
MUTATED = st.tuples(CLEAN, st.lists(st.tuples(st.integers(0, 400), PIECE), max_size=3)).map(
    lambda t: _splice(*t))
TEXTS = st.one_of(GLUED, CLEAN, MUTATED, MUTATED)


def _splice(text: str, edits: list[tuple[int, str]]) -> str:
    for at, piece in edits:
        at = min(at, len(text))
        text = text[:at] + piece + text[at:]
    return text


def _outcome(fn: Callable[[], tuple[str, str]]) -> tuple[str, str] | type[Exception]:
    """A result, or the type of the error (python-markdown cannot encode lone surrogates)."""
    try:
        return fn()
    except Exception as exc:  # the slow path failing is part of what must agree
        return type(exc)


def _slow_both(text: str, limit: int | None) -> tuple[str, str]:
    html = full_markdown(text) if text.strip() else ""
    return html, html_text(html, limit)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_whenever_the_shortcut_answers_it_is_markdown_and_nh3(text: str) -> None:
    fast = inline_paragraphs(text)
    if fast is not None:
        assert fast == full_markdown(text)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sampled_from([None, 20, 200]))
def test_render_both_agrees_with_the_slow_path(text: str, limit: int | None) -> None:
    slow = _outcome(lambda: _slow_both(text, limit))
    assert _outcome(lambda: tuple(map(str, render_both(text, limit)))) == slow
    # What the loader's processes render (plain prose and inline markup) is the same.
    quick = _outcome(lambda: quick_html(text, limit))
    assert quick is None or quick == slow
    render_markdown.cache_clear()
    slow_html = slow if isinstance(slow, type) else (slow[0], "")
    assert _outcome(lambda: (str(render_markdown(text)), "")) == slow_html


def test_the_strategies_reach_the_shortcut() -> None:
    """Guard against a vacuous differential test: random near misses must often take the fast path."""
    budget = settings(max_examples=3000, derandomize=True, database=None)

    def fast_with(*needles: str) -> Callable[[str], bool]:
        return lambda t: inline_paragraphs(t) is not None and all(n in t for n in needles)

    find(GLUED, fast_with("**"), settings=budget)
    find(GLUED, fast_with("]("), settings=budget)
    find(MUTATED, fast_with("*", "\n\n", "]("), settings=budget)
    find(CLEAN, fast_with("**", "\n", "&"), settings=budget)


def test_the_benchmark_markdown_bodies_take_the_shortcut() -> None:
    """``benchmarks/build.py --bodies markdown`` measures this path: if it stopped
    applying, every such body would silently pay python-markdown again."""
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "build.py"
    spec = importlib.util.spec_from_file_location("timeline_benchmark_build", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    for event in bench.make_events(200, markdown=True):
        fast = inline_paragraphs(event["body"])
        assert fast is not None, event["body"]
        assert fast == full_markdown(event["body"])
        assert "<strong>" in fast and 'rel="noopener noreferrer nofollow"' in fast and "\n<p>" in fast


def test_what_the_shortcut_declines() -> None:
    """Near misses go to the full path (returning None), where Markdown decides."""
    for text in [
        "x **a**b", "x a**b**", "***a*** x", "x * a *", "x ** a **", "**a *b* c**", "x **a", "x *a**",
        "x [a](b c)", "x [a](javascript:x)", "x [a]( https://x.com)", "x [a](https://x.com/(y))",
        "x [](https://x.com)", "x [a](https://1.2.3.999/)", "x [a](https://xn--zz/)", "x [a](https://a.com:80/)",
        "x [a](https://x.com/&copy;)", "x **a_b**", "x **a** &amp; b", "x **a**\r\n\r\ny", "x **a** \n\ny",
        "* **a** x", "1. **a** x", "# **a**", "> **a**", "    **a**", "x ![a](https://x.com/i.png)",
        "x [a][b]", "x **a**  \ny", "x `**a**`", "x \\**a**", '"**a**"', "x **a\u00a0b**",
    ]:
        assert inline_paragraphs(text) is None, text


def test_what_the_shortcut_renders() -> None:
    text = "A **bold** word, *em* and [a link](https://example.com/?q=1&r=2).\nSame (*para*).\n\n\nNext."
    expected = (
        '<p>A <strong>bold</strong> word, <em>em</em> and '
        '<a href="https://example.com/?q=1&amp;r=2" rel="noopener noreferrer nofollow">a link</a>.\n'
        "Same (<em>para</em>).</p>\n<p>Next.</p>"
    )
    assert inline_paragraphs(text) == expected == full_markdown(text)


@pytest.mark.parametrize("text", [
    "(**a**) and [b](https://e.org/x), *c*.",
    "**Bold**: [a link](http://a.b/c?d=1&e=2#f); *em*?\n\n(*x*)",
    "one\n**two**\nthree",
])
def test_summaries_of_inline_markup_keep_the_spaces_tags_leave(text: str) -> None:
    """html_text reads each tag as a space ("(<strong>a</strong>)" is "( a )"): the summary
    made from the tokens themselves must say the same, punctuation next to a token included."""
    html = inline_paragraphs(text)
    assert html is not None  # the shortcut's own ground
    for limit in (None, 8, 200):
        assert render_both(text, limit)[1] == html_text(html, limit) == _slow_both(text, limit)[1]
        assert quick_html(text, limit) == (html, html_text(html, limit))
