"""Boxes of modern saved pages that read like the story once their markup is gone (issue 16): a labelled link, a
sponsored block, a weather widget, a "Key Points" box; and a caption's "Courtesy:" credit, a writer's beat-and-reach
biography, an update stamp sharing its line with the publication's, and names with letters past ASCII."""

from __future__ import annotations

from pathlib import Path

from page_support import line_spans

from timeline.documents import read_document
from timeline.extract import extract
from timeline.extract.names import find_names
from timeline.extract.page_boxes import page_boxes


def _boxes(text: str) -> set[tuple[str, str]]:
    return {(kind, text[a:b]) for a, b, kind in page_boxes(text, line_spans(text))}


def _quotes(tmp_path: Path, body: str, stamp: str = "March 4, 2026 at 9:05 AM EST") -> list[tuple[str, str]]:
    page = tmp_path / "page.txt"
    page.write_text(f"Harbour news\nPort reopens after divers' search\nBy Jo Pell\n{stamp}\n{body}\n", encoding="utf-8")
    return [(e.when.value(), s.quote) for e in extract(read_document(page)) for s in e.sources]


def test_a_labelled_link_line_is_related_furniture() -> None:
    text = "The ferry sailed at dawn.\nRead also: Harbour tolls to rise 5 per cent from May\nSee also: Pier fire"
    assert _boxes(text) == {("related", "Read also: Harbour tolls to rise 5 per cent from May"),
                            ("related", "See also: Pier fire")}


def test_a_sponsored_block_and_its_links_are_furniture_and_the_story_after_it_stays() -> None:
    text = ("Sponsored Content\nBest garden hoses on sale until Sunday\nFive tricks for a cheaper boiler\n"
            "The council voted on Tuesday to close the pier for the winter, its leader said.")
    assert {line for _, line in _boxes(text)} == {"Sponsored Content", "Best garden hoses on sale until Sunday",
                                                  "Five tricks for a cheaper boiler"}


def test_a_weather_widget_s_alert_and_readings_are_furniture() -> None:
    text = "41°\nFeels like 37°\nHi 48° Lo 30°\nWEATHER ALERT: Wind advisory until 6 PM Thursday\nA wind warning closed the pier."
    assert {line for _, line in _boxes(text)} == {"41°", "Feels like 37°", "Hi 48° Lo 30°",
                                                  "WEATHER ALERT: Wind advisory until 6 PM Thursday"}


def test_a_key_points_box_s_items_are_summary_bullets_up_to_the_first_line_that_is_not_one() -> None:
    text = ("Key Points\nThe port said cargo volumes fell 3% in the spring.\nIts chief will step down in June.\n"
            "PORT 12.40 -0.3%\nThe port of Elm Bay said on Tuesday that cargo volumes fell 3% in the spring.")
    assert _boxes(text) == {("boilerplate", "Key Points"),
                            ("bullet", "The port said cargo volumes fell 3% in the spring."),
                            ("bullet", "Its chief will step down in June.")}


def test_a_caption_credited_courtesy_of_its_giver_is_furniture(tmp_path: Path) -> None:
    quotes = _quotes(tmp_path, "The ferry Elm Queen at its berth on Feb. 2, 2026. Courtesy: Elm Bay Ferries\n"
                               "The port of Portville reopened on Wednesday after a three-day search, its chief said.")
    assert not any("Elm Queen" in q for _, q in quotes)
    assert any("reopened on Wednesday" in q for _, q in quotes)


def test_a_writer_s_beat_and_how_to_reach_them_close_the_page(tmp_path: Path) -> None:
    body = ("The port of Portville reopened on Wednesday after a three-day search by divers, its chief said on the quay.\n"
            "The search began on Sunday after a fishing boat sank near the harbour mouth, the coast guard said.\n"
            "Kim Ode covers the waterfront for the Portville Post. She joined the paper in 2018. Reach her at kim@post.test.")
    quotes = _quotes(tmp_path, body)
    assert not any("joined the paper" in q for _, q in quotes)
    assert any("search began on Sunday" in q for _, q in quotes)


def test_a_story_about_a_reporter_s_beat_without_a_way_to_reach_them_stays(tmp_path: Path) -> None:
    body = ("The port of Portville reopened on Wednesday after a three-day search by divers, its chief said on the quay.\n"
            "Ann Roe covers the war for the Coast Times. She was expelled from the country in 2019, her editor said.")
    assert any("expelled from the country" in q for _, q in _quotes(tmp_path, body))


def test_an_update_stamp_sharing_the_publication_s_line_dates_the_update_s_weekday(tmp_path: Path) -> None:
    body = ("Published March 4, 2026 Updated March 5, 2026, 8:10 a.m. ET\n"
            "The port of Portville reopened on Wednesday after a three-day search by divers, its chief said.\n"
            "The harbour master said on Thursday that the cause of the sinking was still unknown.")
    quotes = _quotes(tmp_path, body, stamp="")
    assert ("2026-03-05", next(q for _, q in quotes if "on Thursday" in q)) in quotes


def test_a_name_with_letters_past_ascii_is_whole() -> None:
    text = "Chief executive Ingrid Sørvik told reporters that Núñez had left."
    assert {m.text for m in find_names(text)} >= {"Ingrid Sørvik", "Núñez"}
