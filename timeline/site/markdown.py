"""Markdown bodies to sanitized HTML and plain-text summaries.

Three paths give the same bytes, chosen by what a body holds: plain prose
(escaped ``<p>`` blocks), paragraphs with only ``**strong**``, ``*em*`` and
``[text](http(s)://url)`` (a small grammar, :func:`inline_paragraphs`), and
everything else (python-markdown, then nh3 with :mod:`timeline.site.safety`'s
URL checks). The fast paths are checked byte for byte against the full one
(tests/test_site_speedpaths.py, tests/test_site_inline_markdown.py).

Why the hand-written inline path, and not cmarkgfm + nh3 for every body
(decided by measurement; the numbers are in benchmarks/HISTORY.md): on the usual
inline-markup body the inline path costs least, then cmarkgfm + nh3, then
python-markdown + nh3. cmarkgfm gives the same
bytes on those bodies but reads some others differently (CommonMark: a list
right after a paragraph line, ``1)`` lists, two-space nesting), so switching
the full path is a change of Markdown dialect for existing content, to be
decided as such, not a speed-up.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape
from typing import Any

import nh3
from markupsafe import Markup

from timeline.site.safety import local_url, safe_url
from timeline.urls import LINK_SCHEMES

#: Tags Markdown produces plus a few harmless inline ones; no forms, no frames,
#: no scripts, no styles, no SVG/MathML (the usual mutation-XSS carriers).
ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "del", "em", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "strong",
    "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
})
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "td": {"align"},
    "th": {"align"},
}


def _attribute_filter(tag: str, attr: str, value: str) -> str | None:
    """Drop remote image sources: the site makes no requests to other hosts."""
    if tag == "img" and attr == "src":
        return local_url(value)
    if attr in ("href", "src"):
        return safe_url(value)
    return value


@lru_cache(maxsize=1)
def _markdown() -> Any:
    """The one python-markdown converter, made on first use: importing python-markdown
    is slow, and a timeline whose bodies are all plain prose never needs it."""
    import markdown

    return markdown.Markdown(extensions=["sane_lists"], output_format="html")


# Characters or line starts that could make Markdown do anything but paragraphs
# (NUL and python-markdown's STX/ETX placeholders, which it drops, and lone
# surrogates, which it cannot encode, included). The definition; :func:`is_plain`
# is the same test without a regex.
MD_SPECIAL = re.compile(r"[\\`*_\[\]<>#!&|~=\r\t\u00a0\x00-\x08\ud800-\udfff]|^[^\S\n]|[^\S\n]$|^[-+\d]", re.M)
_MD_CHARS = re.compile(r"[\\`*_\[\]<>#!&|~=\r\t\u00a0\x00-\x08\ud800-\udfff]")


#: The characters of ``_MD_CHARS`` that ASCII text can hold.
_MD_ASCII = "*_[]<>#!&|~=`\\\r\t" + "".join(map(chr, range(9)))


def is_plain(text: str) -> bool:
    """``MD_SPECIAL.search(text) is None``, without the regex's per-position alternation.

    A scan for the special characters first, then each line's first and last
    character (``re.M`` anchors split lines at ``\\n`` only; ``\\s`` and ``\\d`` are
    ``str.isspace`` and ``str.isdecimal``). ASCII text, the usual body, is
    scanned with ``in`` once per character it could hold, each a scan in C,
    where ``_MD_CHARS``'s class is tried at each character.
    ``tests/test_site_speedpaths.py`` checks the two agree on random text.
    """
    if text.isascii():
        for c in _MD_ASCII:
            if c in text:
                return False
    elif _MD_CHARS.search(text) is not None:
        return False
    return _paragraph_lines(text)


def _paragraph_lines(text: str) -> bool:
    """No line that Markdown could read as anything but paragraph text: no
    indented code, list item or trailing-space line break (a line starting with
    whitespace, ``-``, ``+`` or a digit, or ending with whitespace)."""
    for line in text.split("\n"):
        if line and (line[0].isspace() or line[0] in "-+" or line[0].isdecimal() or line[-1].isspace()):
            return False
    return True


def plain_paragraphs(text: str) -> str:
    """What Markdown makes of text with no markup at all: escaped ``<p>`` blocks.

    A fast path, because python-markdown is costly per body and most bodies
    are plain prose; ``tests/test_site_render.py`` checks it agrees with Markdown.
    """
    if "\n" not in text:  # one paragraph, the usual body: no split, no join
        text = text.strip()
        return f"<p>{escape(text, quote=False)}</p>" if text else ""
    # Text that passed is_plain has no tab and no line of spaces alone, so its blank lines
    # (``\n[ \t]*\n`` to Markdown) are all "\n\n": str.split, not a regex, finds them.
    paras = [p.strip("\n") for p in text.strip().split("\n\n")]
    return "\n".join([f"<p>{escape(p, quote=False)}</p>" for p in paras if p])


# The inline fast path: paragraphs whose only markup is ``**strong**``,
# ``*em*`` and ``[text](http(s)://url)``, in a grammar small enough to be sure
# what python-markdown + nh3 make of it. Anything else (another special
# character, a marker not at a word boundary, a URL that nh3's URL parser might
# reject) falls back to the full path: certainty over coverage.
#
# Never allowed outside a URL: whatever is_plain refuses, every other control
# character, and the separators Python and browsers split lines at differently.
_INLINE_EXCLUDED = r"\\`*_\[\]<>#!&|~=\r\t\u00a0\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
_INLINE_CHAR = rf"[^\s(){_INLINE_EXCLUDED}]"
# Marked-up text: single spaces between plain characters, none at either end.
_INLINE_TEXT = rf"{_INLINE_CHAR}(?:(?:{_INLINE_CHAR}| )*{_INLINE_CHAR})?"
# A host nh3's WHATWG URL parser always accepts (else it drops the href): ASCII
# labels with inner single hyphens (no ``xn--`` punycode that may fail to
# decode), the last label starting with a letter (never read as an IPv4
# number), no port, no user info. Then a path, query and fragment of characters
# that need no escaping but ``&`` (no ``;``, so never an entity).
_INLINE_LABEL = r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"
_INLINE_URL = (
    rf"https?://(?:{_INLINE_LABEL}\.)*[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
    r"(?:[/?#][A-Za-z0-9\-._~/%+=?#:@,&]*)?"
)


@lru_cache(maxsize=1)
def _inline_token() -> re.Pattern[str]:
    """One token, opening at the start of a line or after a space or "(", closing at
    the end of a line or before a space or one of . , : ; ? ).

    Compiled on first use: its six big character classes are slow to compile,
    paid by every build at import before, though plain-prose bodies never need it.
    """
    return re.compile(
        rf"(?<![^ (\n])(?:\*\*({_INLINE_TEXT})\*\*|\*({_INLINE_TEXT})\*|\[({_INLINE_TEXT})\]\(({_INLINE_URL})\))"
        r"(?![^ \n.,:;?)])"
    )


# Text between tokens: no markers, no specials.
_INLINE_GAP_BAD = re.compile(f"[{_INLINE_EXCLUDED}]")
_PARAGRAPH_BREAK = re.compile(r"\n\n+")


def inline_paragraphs(text: str) -> str | None:
    """What Markdown + nh3 make of paragraphs with a little inline markup, or ``None``.

    Python-markdown is costly even for a body with one bold word and one
    link; this is a regex pass. ``None`` means "not sure": the caller then
    takes the full path. ``tests/test_site_inline_markdown.py`` checks on random
    near-miss text that whatever this returns is byte-identical to
    :func:`full_markdown`.
    """
    parts = _inline_parts(text)
    return None if parts is None else parts[0]


def _inline_parts(text: str) -> tuple[str, str] | None:
    """:func:`inline_paragraphs`, and the same HTML's text as :func:`html_text` reads it
    (each tag a space; no entity is left outside the tags), up to runs of spaces.

    Tokens are looked for only where a marker is: a ``*`` or ``[`` that opens
    none would end in the text between tokens, which refuses it, so the answer
    is ``None`` at once (``str.find`` goes from marker to marker far faster than
    the regex engine scans for one).
    """
    if len(text) > 100_000:
        return None
    if not _paragraph_lines(text):
        return None
    out: list[str] = []
    words: list[str] = []
    token = _inline_token().match
    find = text.find
    pos = 0
    star, bracket = find("*"), find("[")
    while True:
        # Each kind of marker is looked for again only once passed: linear in the text
        # however many tokens it has (text comes from anyone).
        if 0 <= star < pos:
            star = find("*", pos)
        if 0 <= bracket < pos:
            bracket = find("[", pos)
        at = star if bracket < 0 or 0 <= star < bracket else bracket
        if at < 0:
            break
        m = token(text, at)
        if m is None:
            return None
        gap = text[pos:at]
        if _INLINE_GAP_BAD.search(gap) is not None:
            return None
        out.append(gap)
        words.append(gap)
        strong, em, label, href = m.groups()
        if strong is not None:
            out.append(f"<strong>{strong}</strong>")
            words.append(strong)
        elif em is not None:
            out.append(f"<em>{em}</em>")
            words.append(em)
        else:
            out.append(f'<a href="{href.replace("&", "&amp;")}" rel="noopener noreferrer nofollow">{label}</a>')
            words.append(label)
        pos = m.end()
    tail = text[pos:]
    if not out or _INLINE_GAP_BAD.search(tail) is not None:
        return None
    out.append(tail)
    words.append(tail)
    paras = _PARAGRAPH_BREAK.split("".join(out).strip("\n"))
    # Every piece meets the next at a tag, which html_text reads as a space; paragraph
    # breaks are spaces to it too: the words need no paragraphs.
    return "\n".join(f"<p>{p}</p>" for p in paras), " ".join(words)


def _inline_both(text: str, limit: int | None) -> tuple[str, str] | None:
    """``(inline_paragraphs(text), html_text(that, limit))``, the text from the tokens."""
    parts = _inline_parts(text)
    return None if parts is None else (parts[0], shorten(" ".join(parts[1].split()), limit))


@lru_cache(maxsize=4096)
def render_markdown(text: str) -> Markup:
    """Markdown to sanitized HTML, safe to insert into any page."""
    if not text or not text.strip():
        return Markup("")
    if is_plain(text):
        return Markup(plain_paragraphs(text))
    fast = inline_paragraphs(text)
    if fast is not None:
        return Markup(fast)
    return Markup(full_markdown(text))


#: A lone surrogate: no UTF-8 can carry it, and nh3 refuses text holding one.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def full_markdown(text: str) -> str:
    # Events files cannot hold one (the loader refuses "\ud800" escapes), but this is a
    # library function: such text renders with U+FFFD in its place instead of raising.
    if not text.isascii():
        text = _LONE_SURROGATE.sub("\ufffd", text)
    md = _markdown()
    md.reset()
    html = md.convert(text)
    clean = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(LINK_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
        attribute_filter=_attribute_filter,
    )
    return clean


_TAG_RE = re.compile(r"<[^>]*>")


def plain_text(text: str, limit: int | None = None) -> str:
    """Markdown source reduced to one line of plain text (for meta descriptions).

    The HTML comes from :func:`render_markdown`, already sanitized and
    well-formed, so dropping its tags with a regex is exact here.
    """
    if is_plain(text):
        # Plain bodies become escaped <p> blocks of the same words and nothing
        # else (no & < > to unescape), so the words are the source's own.
        return _summary(text, limit)
    return html_text(render_markdown(text), limit)


def render_both(text: str, limit: int | None = None) -> tuple[Markup, str]:
    """``(render_markdown(text), plain_text(text, limit))`` with one plain-prose test.

    The renderer needs both for every event (page body and meta description);
    this skips the second Markdown pass and the cache, which big timelines overflow.
    """
    quick = quick_html(text, limit)
    if quick is not None:
        return Markup(quick[0]), quick[1]
    html = render_markdown(text)
    return html, html_text(html, limit)


def plain_html(text: str, limit: int | None = None) -> tuple[str, str] | None:
    """:func:`render_both` of plain prose, as plain strings (one plain-prose test),
    else ``None``: the first step of :func:`quick_html`."""
    if not is_plain(text):
        return None
    if not text.strip():
        return "", ""
    return plain_paragraphs(text), _summary(text, limit)


def quick_html(text: str, limit: int | None = None) -> tuple[str, str] | None:
    """:func:`render_both` as plain strings when it needs no python-markdown: plain
    prose, or paragraphs with only the inline markup :func:`inline_paragraphs`
    renders itself; else ``None``. For derive.event_deriver, which renders these
    in the loader's two processes and leaves the rest to another stage."""
    plain = plain_html(text, limit)
    if plain is not None:
        return plain
    return _inline_both(text, limit)


def html_text(html: str, limit: int | None = None) -> str:
    """:func:`plain_text` of already rendered, sanitized Markdown HTML."""
    from html import unescape

    return shorten(" ".join(unescape(_TAG_RE.sub(" ", str(html))).split()), limit)


def _summary(text: str, limit: int | None) -> str:
    """``shorten(" ".join(text.split()), limit)``, normalizing only the start of a long text.

    The spaces-normalized start of the text is the start of the normalized whole
    (a word cut at the end is the start of that word), and the result depends
    on its first ``limit`` characters and whether there are more: when the
    start is longer than ``limit``, it decides. Splitting a whole 2 KB body
    into words only to keep 200 characters of them was most of its cost.
    """
    if limit is not None and limit > 0 and len(text) > limit + 80:
        head = single_spaced(text[:limit + 80])
        if len(head) > limit:
            return shorten(head, limit)
    return shorten(single_spaced(text), limit)


def single_spaced(text: str) -> str:
    """``" ".join(text.split())``, without splitting text that is in that form already.

    Prose read from YAML usually is: words and single spaces, perhaps one at
    the end (where a summary cut it). ``str.isprintable`` (a C scan) rules out
    every whitespace character but the ASCII space (line breaks, tabs and
    Unicode's separators are not printable), so such text needs only that
    trailing space dropped, rather than split into words and joined again.
    """
    if text.isprintable() and "  " not in text and text[:1] != " ":
        return text[:-1] if text[-1:] == " " else text
    return " ".join(text.split())


def shorten(words: str, limit: int | None) -> str:
    if limit is not None and len(words) > limit:
        words = words[: limit - 1].rsplit(" ", 1)[0] + "…"
    return words
