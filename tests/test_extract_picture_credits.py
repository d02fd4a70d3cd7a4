"""Credits, courtesy lines and kickers run into a saved page's text without a colon make no events and no titles,
while the story around them stays (issue 16)."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.cleanup import find_furniture
from timeline.model import Document

# Text written for these tests, laid out the way saved news pages are.
STORY = "The harbour board approved the new ferry terminal on Monday after a two-year review of the plans."
LATER = "Construction of the terminal will start in June, the board's chairwoman Ines Moreau said."


def furniture(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start:f.end].strip()) for f in find_furniture(text)]


def events(text: str) -> list:
    return extract(Document(path="p.txt", text=text, published=dt.date(2026, 3, 4)))


def test_a_credit_without_colon_between_caption_and_story_is_furniture() -> None:
    text = ("Ferries wait at the old pier Photograph Tomas Varga/AP Ines Moreau will open the new ferry terminal "
            "on Friday, the harbour board said on Monday.\n" + LATER + "\n")
    found = furniture(text)
    assert ("credit", "Photograph Tomas Varga/AP") in found
    assert ("caption", "Ferries wait at the old pier") in found
    titles = [e.title for e in events(text)]
    assert any(t.startswith("Ines Moreau will open") for t in titles), titles
    assert not any("Varga" in t or "Photograph" in t for t in titles)


def test_credit_forms_of_modern_pages() -> None:
    for credit in ("(Photo by Tomas Varga/Getty Images)", "Tomas Varga/Coast News via Getty Images",
                   "Illustration by Tomas Varga for the Harbour Times", "Photo by Tomas Varga/AFP/Getty Images"):
        text = f"{credit} {STORY}\n{LATER}\n"
        assert any(kind in ("credit", "caption") and span.startswith(credit[:12]) and span.endswith(credit[-6:])
                   for kind, span in furniture(text)), (credit, furniture(text))
        assert any(e.title.startswith("The harbour board approves") or e.title.startswith("Harbour board approves")
                   or "approve" in e.title for e in events(text)), credit


def test_a_credit_after_its_label_stops_before_the_story_and_takes_whom_it_was_made_for() -> None:
    text = f"Photograph: Tomas Varga for the Guardian\n{STORY}\n"
    assert ("credit", "Photograph: Tomas Varga for the Guardian") in furniture(text)
    text = f"Photograph: Tomas Varga The harbour board approved the terminal on Monday.\n{LATER}\n"
    assert ("credit", "Photograph: Tomas Varga") in furniture(text)
    # "for the Harbour Times" is an outlet; the capitalised word after it opens the story.
    text = f"Photograph: Tomas Varga for the Harbour Times Officials approved the terminal on Monday.\n{LATER}\n"
    assert ("credit", "Photograph: Tomas Varga for the Harbour Times") in furniture(text)


def test_an_official_photographers_credit_takes_white_house_whole() -> None:
    for credit in ("Photograph: Tomas Varga/White House", "Photo Tomas Varga/White House"):
        text = f"{credit} Portville Ferries will pay $2m into a harbour fund, the board said on Monday.\n{LATER}\n"
        assert ("credit", credit) in furniture(text), furniture(text)
        assert any(e.title.startswith("Portville Ferries will pay") for e in events(text)), credit


def test_a_clip_courtesy_line_is_furniture_and_the_sentence_before_it_stays() -> None:
    text = f"{STORY} – Clip courtesy Coast TV's Morning Show\n{LATER}\n"
    found = furniture(text)
    assert ("boilerplate", "– Clip courtesy Coast TV's Morning Show") in found
    assert not any(kind == "caption" for kind, _ in found)
    assert any("approve" in e.title for e in events(text))
    text = f"{STORY} (Video courtesy of the harbour board)\n{LATER}\n"
    assert ("boilerplate", "(Video courtesy of the harbour board)") in furniture(text)


def test_a_kicker_is_furniture_and_its_headline_stays() -> None:
    for kicker in ("Analysis:", "Opinion |", "EXCLUSIVE:", "Live:", "Explainer:", "FACT CHECK -"):
        text = f"{kicker} Harbour board backs new ferry terminal\n{STORY}\n{LATER}\n"
        kind, span = furniture(text)[0]  # the label, or the whole line where a rule reads it as a link ("Live: ...")
        assert kind == "boilerplate" and span.startswith(kicker), (kicker, furniture(text))
        assert not any(e.title.startswith(kicker.split()[0]) for e in events(text))
    # A label in mixed case needs its colon or bar: "Review - ..." may be prose, and "Live music ..." is a sentence.
    for line in ("Review of the plans ended on Monday, the board said.", "Live music returned to the pier on Monday."):
        assert not any(kind == "boilerplate" for kind, _ in furniture(f"{line}\n{LATER}\n"))


def test_frame_lines_of_modern_pages() -> None:
    for line in ("Sign in", "Log in", "Register", "Reuters Graphics", "AP Graphic"):
        text = f"{line}\n{STORY}\n{LATER}\n"
        assert ("boilerplate", line) in furniture(text), line
    text = ("The following correction was printed in the Harbour Times's Corrections column, Tuesday 3 March 2026\n"
            f"{STORY}\n")
    assert furniture(text)[0][0] == "boilerplate"
    titles = [e.title for e in events(text)]
    assert titles and not any("correction" in t.lower() for t in titles), titles


def test_an_image_from_a_video_is_a_caption_but_a_story_may_mention_one() -> None:
    caption = "An image from a video of the flooded pier, recorded by a harbour camera on Sunday."
    assert ("caption", caption) in furniture(f"{caption}\n{STORY}\n")
    told = "The board released an image from a video of the flooded pier on Sunday."
    assert not any(kind == "caption" for kind, _ in furniture(f"{STORY}\n{told}\n"))


def test_an_audio_players_button_run_into_the_story_is_furniture_and_the_story_stays() -> None:
    for button in ("Listen to this article", "Listen to this story 4 min"):
        text = f"{button} {STORY}\n{LATER}\n"
        assert furniture(text)[0] == ("boilerplate", button), furniture(text)
        assert any("approve" in e.title for e in events(text)), button


def test_a_headline_ending_on_a_place_after_a_preposition_keeps_the_place() -> None:
    # "off", "across", "through" take a name as their object, as "in" and "near" do: the headline is cut after it.
    text = ("Ferry fire: Crew rescued off Portville The coastguard said on Monday that all forty crew members had been "
            "rescued from the burning ferry.\nThe ferry was towed to port on Tuesday.\n")
    assert ("caption", "Ferry fire: Crew rescued off Portville") in furniture(text)
