"""Page furniture and statements that tell no happening stay out of the timeline (issue 16, precision).

Every text here is our own, written in news style. A live page's entry that is only its contributor's caption
("1003: Jane Roe Home affairs correspondent") is who filed, not what happened.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.live_captions import only_captions
from timeline.model import Document

DAY = dt.date(2031, 11, 7)

#: A live page, newest entry first; two entries are only their contributors' captions, run in after the stamp.
LIVE = (
    "1450: Tom Reyes, transport correspondent, Ana Silva Chief political correspondent, BBC News Channel\n"
    "1432: The transport minister says the harbour bridge will reopen on Friday.\n"
    "1249: Leo Grant BBC News Mia Hart BBC Political Editor\n"
    "1210: Harbour master Sam Ortiz tweets: The new barrier held through the high tide.\n"
    "1003: Welcome to our live coverage of the harbour floods.\n"
)


def test_a_live_entry_that_is_only_captions_is_no_event() -> None:
    events = extract(Document(path="t.txt", text=LIVE, published=DAY))
    quotes = " ".join(s.quote or "" for e in events for s in e.sources)
    assert "correspondent" not in quotes and "Political Editor" not in quotes
    assert any("bridge will reopen" in (s.quote or "") for e in events for s in e.sources)


def test_captions_are_names_roles_outlets_and_places_with_no_verb() -> None:
    assert only_captions("1003: Jane Roe Home affairs correspondent")
    assert only_captions("1243: Jane Roe Home affairs correspondent, BBC News")
    assert only_captions("1011: Ben Lowe BBC Europe editor BBC Radio 5 live presenter Kim Novak")
    assert only_captions("1633: Ann Moe Home affairs correspondent, BBC News Paolo Verdi from Teramo, Italy")
    assert only_captions("1450: Ann Moe, golf correspondent, BBC News Channel Ray Dunn from a police briefing in Leeds")


def test_a_name_with_a_verb_or_a_report_after_the_captions_is_news() -> None:
    assert not only_captions("1003: Jane Roe says the minister will resign")
    assert not only_captions("1129: Ben Lowe Business editor, BBC News Let's recap on the main stories of the day.")
    assert not only_captions("1930: The BBC's Ben Lowe in Washington Barack Obama will speak tonight.")
    assert not only_captions("Jane Roe Home affairs correspondent")  # no entry's stamp: a byline, found elsewhere
    assert not only_captions("2020: Our correspondents report from the harbour.")


def _dated(text: str) -> dict[str, str]:
    return {e.when.value(): e.title for e in extract(Document(path="t.txt", text=text, published=DAY))}


def test_what_may_happen_if_a_condition_is_met_is_no_event() -> None:
    # A condition opening the sentence, a modal of possibility in its main clause: a hypothetical, a contingency.
    text = ("The harbour board lowered a new lock gate into the channel on Wednesday.\n"
            "If the pumps fail, the council could bring in army engineers by late December, the mayor told the board.\n"
            '"If the council had listened to us, the lower town would not be under water today," a shopkeeper said.\n'
            "But if those measures prove ineffective, it may be March before the lower town is dry, the mayor said.\n")
    assert sorted(_dated(text)) == ["2031-11-05"]


def test_a_plan_a_forecast_a_saying_or_an_aside_after_a_condition_keeps_its_date() -> None:
    text = ("If successful, the harbour board hopes to begin pumping early next week.\n"
            '"If all goes to plan, we could have the lower town dry within a day," the mayor said on Tuesday.\n'
            "If the board were to pay for the work, it would have to borrow money, as the mayor testified last year.\n"
            "If the gate holds, it could be carrying most of the river's flow by Sunday.\n"
            '"If we get the permit, we would start tomorrow to drain the lower town."\n'
            "If the wind keeps blowing from the west, the flood water could reach the ring road by Saturday.\n")
    events = extract(Document(path="t.txt", text=text, published=DAY))
    assert sorted(e.when.value() for e in events) == ["2030", "2031-11-04", "2031-11-08", "2031-11-08", "2031-11-09",
                                                      "2031-W46"]


def test_a_conceded_condition_asserts_its_main_clause() -> None:
    assert "2031-11-06" in _dated("Even if the gate holds, the council closed the coast road on Thursday.\n")


def test_a_weather_forecast_is_no_event() -> None:
    text = ("Crews towed the damaged ferry back to the harbour on Thursday.\n"
            "Seas are expected to build to 12 feet by Saturday night off the northern cape.\n"
            '"The winds will stay light and variable all the way through Friday," the port said.\n'
            "High seas were forecast through Sunday and could push the debris onto the beaches.\n"
            "The weather forecast for later this week is fairer.\n"
            "A coast guard forecast said waves are expected to remain this high until at least Tuesday.\n")
    assert sorted(_dated(text)) == ["2031-11-06"]


def test_what_the_weather_did_and_a_named_storm_stay() -> None:
    text = ("High winds forced the fishing boats back to port on Friday.\n"
            "Tropical storm Nora is expected to make landfall on the northern cape on Saturday.\n"
            "Forecasters said the oil could reach the islands by Sunday.\n")
    assert sorted(_dated(text)) == ["2031-11-07", "2031-11-08", "2031-11-09"]


def test_a_picture_credit_run_into_the_story_is_no_part_of_a_name() -> None:
    text = ("Harbour floods close the coast road\n"
            "Photograph: Jane Roe/AP Tom Fisk, the harbour master, closed the coast road on Monday after the sea wall "
            "gave way.\n"
            "Fisk said the road would stay shut for a week.\n")
    tags = {t for e in extract(Document(path="t.txt", text=text, published=DAY)) for t in e.tags}
    assert "Tom Fisk" in tags and not any("AP" in t.split() for t in tags)


def test_the_year_of_a_records_yardstick_named_before_it_dates_nothing() -> None:
    text = ("Sea water poured into the lower town on Tuesday.\n"
            "The dam has been leaking 2,000 tonnes of water an hour in the worst flood since the Marlow Dam collapse "
            "in Wales in 1953.\n"
            "The town council was founded in 1953.\n")
    events = extract(Document(path="t.txt", text=text, published=DAY))
    quotes = [s.quote or "" for e in events for s in e.sources]
    assert not any("worst flood" in q for q in quotes)  # the flood's yardstick dates nothing
    assert any("council was founded" in q for q in quotes)


def test_a_contributors_caption_run_into_the_entrys_report_is_no_part_of_its_title() -> None:
    live = ("2150: The governor has finished his address and left the harbour.\n"
            "2137: The BBC's Tom Reyes in Portville The governor says the state will pay for the new sea wall.\n"
            "2119: The BBC's Ana Silva in Portville A recovery chief is to be appointed.\n"
            "2101: Welcome to our live coverage of the governor's address on the floods.\n"
            "2043: Ann Moe Home affairs correspondent The BBC may edit your comments and not all emails will be "
            "published.\n")
    titles = {e.title for e in extract(Document(path="t.txt", text=live, published=DAY))}
    assert "The governor says the state will pay for the new sea wall" in titles
    assert "A recovery chief is to be appointed" in titles
    assert not any("BBC" in t or "Reyes" in t or "Silva" in t for t in titles), titles
