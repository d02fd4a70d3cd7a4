"""A subject that names a group only by its kind keeps the modifier that says which ones (issue: vague subjects)."""

from timeline.extract.generic_heads import named_group
from timeline.extract.titles import write_title


def test_participle_modifier_of_companies_stays():
    title = write_title("Companies involved in the construction of the Delmore bridge have hired a team of lawyers to "
                        "fight the claims of the injured drivers.", [])
    assert title.startswith("Companies involved in the construction of the Delmore bridge have hired")


def test_place_of_officials_stays_whole():
    title = write_title("Local officials in the flooded town of Perrin have begun handing out bottled water to thousands "
                        "of families who have been without supplies.", [])
    assert title.startswith("Local officials in the flooded town of Perrin have begun")


def test_name_inside_the_modifier_is_not_cut_off():
    title = write_title("Officials in the northern province of Halvard have ordered the closure of all schools in the "
                        "region until the end of the month.", [])
    assert title.startswith("Officials in the northern province of Halvard have ordered")


def test_a_name_before_the_group_lets_the_modifier_go():
    title = write_title("BP officials in charge of the rescue operation off the coast of Norway have asked the coastguard "
                        "to send two more helicopters to the area.", [])
    assert title.startswith("BP officials have asked the coastguard")


def test_modifier_goes_when_keeping_it_would_cut_a_noun_phrase():
    # ("... have measured record water | temperatures": a cut inside the object is worse than the vaguer subject)
    title = write_title("Scientists aboard a research vessel in the Tessaly Strait have measured record water "
                        "temperatures at depths below 400 metres.", [])
    assert title == "Scientists aboard a research vessel have measured record water temperatures"


def test_named_group_needs_a_group_noun_and_its_modifier():
    rest = "have hired a team of lawyers"
    assert named_group(["Companies", "involved", "in", "the", "bridge", "works"], rest)
    assert not named_group(["The", "contractors", "involved", "in", "the", "bridge", "works"], rest)
    assert not named_group(["U.S.", "officials", "in", "Lagos"], rest)


def test_the_subject_of_a_reported_clause_keeps_its_modifier_too():
    title = write_title("The mayor said that companies involved in the harbour project would have to pay for the damage "
                        "to the sea wall.", [])
    assert title.startswith("The mayor says companies involved in the harbour project would have to pay")


def test_modifier_goes_when_keeping_it_would_cut_a_change_from_what_changed():
    # ("could see a leap | in cases": the cut would stop before what leapt)
    title = write_title("Health officials have warned that nations in the north - which includes the three island states - "
                        "could see a leap in cases of measles because they are heading into winter.", [])
    assert title == "Health officials have warned that nations could see a leap in cases of measles"
