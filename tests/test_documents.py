"""Reading sources: front matter, HTML article text, publication dates, bad files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import MAX_BYTES, infer_published, read_document
from timeline.errors import TimelineError

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
EXAMPLE = FIXTURES / "anthropic-pentagon-deadline.md"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_front_matter_fields_and_body_offset() -> None:
    doc = read_document(EXAMPLE)
    raw = EXAMPLE.read_text(encoding="utf-8")
    assert doc.title == "A Friday deadline leaves Anthropic with no good way out"
    assert doc.publisher == "Example Desk"
    assert doc.published == dt.date(2026, 2, 27)
    assert doc.timezone == "America/New_York"
    assert not doc.published_inferred
    # The body is the file's text after the front matter, unchanged, so quotes can be found in the file.
    assert raw[doc.body_offset:] == doc.text
    assert raw.splitlines()[doc.body_line - 1] == doc.text.splitlines()[0]
    assert "5:01 p.m. ET" in doc.text and "---" not in doc.text[:5]


def test_plain_text_without_front_matter_needs_a_date(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "The council met and voted on the budget.\n")
    with pytest.raises(TimelineError) as info:
        read_document(path)
    assert "--published" in str(info.value) and str(path) in str(info.value)
    doc = read_document(path, published="2026-03-02")
    assert doc.published == dt.date(2026, 3, 2) and not doc.published_inferred


def test_published_option_with_time_and_timezone_default(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "The council voted on Tuesday.\n")
    doc = read_document(path, published="2026-03-02T09:30", timezone="Europe/Paris")
    assert doc.published == dt.datetime(2026, 3, 2, 9, 30)
    assert doc.timezone == "Europe/Paris"


def test_document_zone_wins_over_default(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\npublished: 2026-03-02\ntimezone: Asia/Tokyo\n---\nText.\n")
    assert read_document(path, timezone="Europe/Paris").timezone == "Asia/Tokyo"


def test_conflicting_publication_dates_are_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\npublished: 2026-02-27\n---\nText on Friday.\n")
    with pytest.raises(TimelineError) as info:
        read_document(path, published="2026-02-28")
    message = str(info.value)
    assert str(path) in message and "2026-02-27" in message and "2026-02-28" in message
    # The same date twice is not a conflict.
    assert read_document(path, published="2026-02-27").published == dt.date(2026, 2, 27)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait", "UTF-8"),
        (b"---\ntitle: [unclosed\n---\nBody\n", "YAML syntax error"),
        (b"---\ntitle: x\nBody without closing fence\n", "never closed"),
        (b"---\npublished: 2026-02-30\n---\nBody\n", "February 2026 has 28 days"),
        (b"---\ntimezone: Mars/Olympus\npublished: 2026-02-01\n---\nBody\n", "unknown time zone"),
    ],
)
def test_bad_files_get_one_clear_message(tmp_path: Path, content: bytes, expected: str) -> None:
    path = write(tmp_path, "bad.md", content)
    with pytest.raises(TimelineError) as info:
        read_document(path)
    assert expected in str(info.value)
    assert str(info.value).startswith(str(path))
    assert "\n" not in str(info.value)


def test_front_matter_yaml_error_points_at_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.md", "---\ntitle: ok\npublisher: [oops\n---\nBody\n")
    with pytest.raises(TimelineError) as info:
        read_document(path)
    assert info.value.line is not None and info.value.line >= 3


def test_missing_and_oversized_files(tmp_path: Path) -> None:
    with pytest.raises(TimelineError, match="no such file"):
        read_document(tmp_path / "nope.md")
    with pytest.raises(TimelineError, match="folder"):
        read_document(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"The vote was on Feb. 3, 2026. " * (MAX_BYTES // 30 + 10))
    with pytest.raises(TimelineError, match="MB"):
        read_document(big, published="2026-02-04")


HTML = """<!DOCTYPE html>
<html><head>
<title>Council passes budget - Example News</title>
<meta property="og:title" content="Council passes budget">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://news.example/budget">
<meta property="article:published_time" content="2026-03-03T22:30:00-05:00">
<script>var date = "Jan. 1, 1999"; document.write("<p>tracking</p>");</script>
<style>p { color: red }</style>
</head><body>
<nav><ul><li>Home</li><li>Politics</li></ul></nav>
<header class="site-header"><a href="/">Example News</a></header>
<article>
  <h1>Council passes budget</h1>
  <p>The city council   passed the budget on Tuesday &amp; adjourned.</p>
  <div class="social-share">Share on X</div>
  <p>The mayor said she would sign it <em>next week</em>.</p>
  <figure><img src="x.jpg" alt=""><figcaption>Council members vote on Tuesday</figcaption></figure>
  <aside>Related: Other stories</aside>
</article>
<footer>© Example News</footer>
</body></html>
"""


def test_html_keeps_article_text_only(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "page.html", HTML))
    assert doc.title == "Council passes budget"
    assert doc.publisher == "Example News"
    assert doc.url == "https://news.example/budget"
    assert doc.published == dt.datetime.fromisoformat("2026-03-03T22:30:00-05:00")
    assert "The city council passed the budget on Tuesday & adjourned." in doc.text
    assert "The mayor said she would sign it next week." in doc.text
    assert "Council members vote on Tuesday" in doc.text
    for furniture in ("Home", "Politics", "Share on X", "Related", "©", "tracking", "color", "1999"):
        assert furniture not in doc.text
    # One block per paragraph, so captions and headings are their own sentences.
    assert "\n\nThe mayor" in doc.text


def test_html_detected_by_content_and_without_article(tmp_path: Path) -> None:
    page = "<!doctype html><html><body><p>First.</p><script>x()</script><p>Second.</p></body></html>"
    doc = read_document(write(tmp_path, "page.txt", page), published="2026-01-01")
    assert doc.text == "First.\n\nSecond.\n"


def test_inferred_publication_date_from_a_dateline(tmp_path: Path) -> None:
    text = "WASHINGTON (AP) — Feb. 27, 2026\n\nThe Senate voted on Thursday to pass the bill.\n"
    doc = read_document(write(tmp_path, "wire.txt", text))
    assert doc.published == dt.date(2026, 2, 27)
    assert doc.published_inferred


def test_inference_uses_weekdays_after_the_latest_full_date() -> None:
    # Only a caption gives a full date (a Monday); the story reports Thursday and Friday events.
    text = ("The company said on Thursday it would not comply.\n"
            "Its chief executive spoke to reporters on Friday.\n"
            "The secretary visits a plant on Monday, Feb. 23, 2026.\n")
    found = infer_published(text)
    assert found is not None and found.date == dt.date(2026, 2, 27)


def test_inference_rejects_inconsistent_weekdays_and_finds_nothing_without_dates() -> None:
    assert infer_published("It happened on Tuesday, Feb. 23, 2026.") is None  # Feb. 23, 2026 is a Monday
    assert infer_published("Nothing dated here, only last week.") is None
    found = infer_published("Published 3 March 2026\nThe vote took place on 1 March 2026.")
    assert found is not None and found.date == dt.date(2026, 3, 3)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div class='nav'>", "</div>", "<script>", "</script>", "<article>",
                                 "</article>", "<br>", "&amp;", "&#x27;", "<b", ">", "Feb. 27, 2026", " text ",
                                 "<!--", "-->", "<nav>", "</nav>", "<main>", "\n"]), max_size=40).map("".join))
def test_any_html_reads_or_fails_cleanly(tmp_path_factory: pytest.TempPathFactory, body: str) -> None:
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text("<!doctype html><html><body>" + body, encoding="utf-8")
    try:
        doc = read_document(path, published="2026-02-27")
    except TimelineError as exc:
        assert str(path) in str(exc)
        return
    assert doc.text.strip()
    assert "<script" not in doc.text.lower()


def test_a_stamp_with_its_clock_time_in_the_first_lines_dates_the_page(tmp_path: Path) -> None:
    text = ("Harbour spill\nBy Jane Doe\nPORTVILLE | Wed Mar 4, 2026 10:42am EST\n"
            "Crews laid booms on Tuesday after the tanker ran aground on Sunday.\n")
    doc = read_document(write(tmp_path, "stamp.txt", text))
    assert doc.published == dt.datetime(2026, 3, 4, 10, 42, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert doc.published_inferred
