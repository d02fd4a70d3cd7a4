"""Who a title's "the Briton", "the singer", "it" or "they" stands for, and whose time "it took" tells:
the subject a reader carries on with.

Every sentence here is written for these tests; the people, firms and places are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_a_nationality_noun_is_the_person_the_sentence_before_was_about() -> None:
    text = ("Talks over the Harwick quay collapse went on for a third day on Wednesday.\n"
            "Mr Pellow angered dockers in Harwick by saying he wanted his weekend back.\n"
            "The Briton was quoted by the Daily Lantern on Tuesday suggesting that dockers were likely to file false claims.\n")
    found = titles(text)
    assert any(t.startswith("Pellow is quoted by the Daily Lantern") for t in found), found
    assert not any(t.startswith(("Briton", "The Briton")) for t in found), found


def test_a_trade_noun_is_the_last_person_the_story_described_with_it() -> None:
    text = ("Fans of pop star Dara Quill will gather at the Marlow theatre on Friday, a year after the singer's death.\n"
            "Dara Quill died at his home in Marlow in March 2025, aged 61.\n"
            "Dara Quill had been rehearsing for a tour of 40 cities.\n"
            "The Marlow theatre has no plans to open its doors early.\n"
            "The singer, along with his sister, won a talent contest at the same theatre in 1981.\n")
    found = titles(text)
    assert any(t.startswith("Quill wins a talent contest") or t.startswith("Quill wins talent contest")
               for t in found), found


def test_a_trade_noun_is_not_a_person_of_the_other_gender() -> None:
    text = ("Fans of pop star Dara Quill will gather at the Marlow theatre on Friday, a year after the singer's death.\n"
            "Dara Quill died at his home in Marlow in March 2025, aged 61.\n"
            "His sister Ama Quill has claimed he was killed for his money.\n"
            "The singer demanded on Tuesday what she called the whole truth about the death.\n")
    found = titles(text)
    assert not any(t.startswith("Quill") and "demand" in t for t in found), found


def test_a_trade_noun_is_no_one_the_story_never_described_with_it() -> None:
    text = ("Dara Quill died at his home in Marlow in March 2025, aged 61.\n"
            "Police have questioned his doctor, Sam Orrin, about that night.\n"
            "Sam Orrin told police he gave Quill a sedative.\n"
            "Lawyers for Sam Orrin say he did nothing wrong, and Sam Orrin has not been charged.\n"
            "The findings were made public in a court in Marlow.\n"
            "The singer had been rehearsing on Thursday for a tour of 40 cities.\n")
    found = titles(text)
    assert not any(t.startswith(("Orrin", "Sam Orrin")) and "rehears" in t for t in found), found


def test_a_nationality_before_a_noun_names_nobody() -> None:
    text = ("Mr Pellow angered dockers in Harwick by saying he wanted his weekend back.\n"
            "The British economy shrank by 0.4% in the first quarter, figures showed on Tuesday.\n")
    found = titles(text)
    assert not any(t.startswith("Pellow") and "econom" in t for t in found), found


def test_it_continues_a_thing_named_with_a_code_among_its_modifiers() -> None:
    text = ("Health officials met in Geneva on Monday to discuss the outbreak.\n"
            "But the new K7N3 bird flu virus is not behaving like past strains.\n"
            "It has stretched the southern flu season well into December, officials said on Tuesday.\n")
    found = titles(text)
    assert any(t.startswith("The new K7N3 bird flu virus has stretched") for t in found), found


def test_it_took_someone_time_puts_the_one_who_took_it_first() -> None:
    text = ("The harbour at Marlow reopened on Friday after the storm.\n"
            "It took Dutch and Danish salvage crews six weeks to clear the wreck from the channel in 2025.\n"
            "It took about two weeks to build the new 40-foot gate in 2024.\n")
    found = titles(text)
    assert any(t.startswith("Dutch and Danish salvage crews take six weeks to clear the wreck") for t in found), found
    assert any(t.startswith("It takes about two weeks to build") for t in found), found  # no one to put first


def test_they_is_the_group_the_sentence_before_had_as_subject_with_an_irregular_past() -> None:
    text = ("Oil reached the Marlow marshes on Monday.\n"
            "Crews put out more floating barriers and mended some that the waves broke over the weekend.\n"
            "They also hoped to burn some of the oil on the water on Wednesday.\n")
    found = titles(text)
    assert any(t.startswith("Crews also hope to burn") for t in found), found


def test_it_that_exploded_is_the_owned_thing_named_before_the_clause() -> None:
    text = ("Corvane Shipping said on Monday its profits rose 8%.\n"
            "Corvane Shipping was in charge of inspecting NVX's Harwick fuel tank before it exploded in March.\n")
    found = titles(text)
    assert any(t.startswith("NVX's Harwick fuel tank explodes") for t in found), found


def test_it_in_a_clause_is_the_thing_the_main_clause_is_about_with_its_code_in_brackets() -> None:
    text = ("The bird flu (K7N3) virus has now spread to 40 countries after it was first found in Peru in April.\n")
    found = titles(text)
    assert any(t.startswith("The bird flu (K7N3) virus is first found in Peru") for t in found), found


def test_they_is_the_group_that_spoke_the_quotation_before() -> None:
    text = ("Four senators asked NVX on Friday to put $2 billion into a fund for harbour workers.\n"
            "\"A fund would show good faith to the people of Harwick,\" the senators wrote in a letter to the NVX board.\n"
            "They demanded a reply by March 18.\n")
    found = titles(text)
    assert any(t.startswith("The senators demand a reply") for t in found), found


def test_a_nationality_before_a_plural_noun_keeps_its_noun() -> None:
    text = ("Adm. Ravi Sood led the response to the Harwick spill for five months.\n"
            "After the American people spent the summer of 2025 watching the oil spread, Ravi Sood said the last step was "
            "as much for their peace of mind as for the sea.\n")
    found = titles(text)
    assert not any(t.startswith("Sood people") or t.startswith("Ravi Sood people") for t in found), found


def test_a_trade_noun_after_a_caption_run_into_the_sentence_is_not_the_caption_s_person() -> None:
    text = ("Pop star Dara Quill died at his home in Marlow in March 2025, aged 61.\n"
            "Ama Orrin's letter to fans The singer was cleared of all charges in 2005.\n")
    found = titles(text)
    assert not any(t.startswith(("Orrin", "Ama Orrin")) and "cleared" in t for t in found), found


def test_the_star_with_she_is_not_a_man_or_someone_of_untold_gender_described_as_a_singer() -> None:
    text = ("Radio presenter Ama Orrin will host next month's tribute concert for the harbour workers.\n"
            "The presenter will partner actor and singer Kofi Dane in fronting the Marlow event.\n"
            "The star said on Tuesday she was thrilled to be part of the show.\n")
    found = titles(text)
    assert not any(t.startswith(("Dane", "Kofi Dane")) and "thrilled" in t for t in found), found
