"""The shared line walker: offsets of every line, and the non-blank lines with where their words start."""

from timeline.extract.page_lines import PageLine, filled_lines, line_spans

TEXT = "Harbour closes\n\n   Boats wait offshore  \n\t\nThe mayor speaks"


def test_line_spans_cover_every_line_without_newlines():
    spans = line_spans(TEXT)
    assert [TEXT[a:b] for a, b in spans] == TEXT.split("\n")
    assert spans[1] == (15, 15)  # a blank line is a span of no characters


def test_line_spans_of_text_ending_in_a_newline_keep_the_empty_last_line():
    assert line_spans("one\n") == [(0, 3), (4, 4)]


def test_filled_lines_skip_blank_lines_and_point_at_the_first_word():
    rows = list(filled_lines(TEXT, line_spans(TEXT)))
    assert [row.stripped for row in rows] == ["Harbour closes", "Boats wait offshore", "The mayor speaks"]
    indented = rows[1]
    assert TEXT[indented.lead:].startswith("Boats wait")
    assert indented.text == "   Boats wait offshore  "
    assert (indented.start, indented.end) == (16, 40)


def test_filled_lines_walk_only_the_lines_given():
    spans = line_spans(TEXT)
    assert list(filled_lines(TEXT, spans[2:3])) == [PageLine(16, 40, 19, "   Boats wait offshore  ", "Boats wait offshore")]
