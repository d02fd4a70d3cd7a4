"""Plural nouns of the people and things that open news sentences across its kinds, beyond the first stories'.

A lone plural opening a sentence ("Rescuers pulled 40 survivors from the rubble") may as well be a surname ("Sanders
said"), so a title turns its verb to the present only when the word is known as a plural noun (:data:`.title_verbs.
PLURAL_NOUNS`). That list was read on an oil spill, a flu outbreak and a singer's death ("Fishermen", "Divers",
"Fans"); news of wars, disasters, elections, markets and courts opens with its own ("Rescuers", "Demonstrators",
"Gunmen", "Depositors", "Jurors", "Aftershocks"). Each family here is the genre's; a plural that is as often a
surname ("Powers", "Waters", "Rains") or a present verb ("monitors", "ships", "pilots", "rockets": an "-s" word
of this list is never read as a verb) stays out.
"""

from __future__ import annotations

__all__ = ["NEWS_PLURALS"]

#: People of conflict, unrest and crime.
_CONFLICT = {"demonstrators", "rioters", "protestors", "gunmen", "militiamen", "fighters", "attackers", "bombers",
             "hijackers", "kidnappers", "snipers", "looters", "mourners", "marchers", "strikers", "supporters",
             "opponents", "loyalists", "peacekeepers", "mediators", "observers", "commanders",
             "marines", "sailors", "prisoners", "detainees", "hostages", "captives", "settlers"}
#: People and things of disasters and their relief.
_DISASTER = {"rescuers", "medics", "paramedics", "refugees", "migrants", "evacuees", "bystanders", "onlookers",
             "neighbours", "neighbors", "aftershocks", "floodwaters", "convoys", "warplanes", "missiles",
             "planes", "flights"}
#: People of courts, votes and government.
_PUBLIC = {"jurors", "defendants", "candidates", "councillors", "councilors", "mayors", "governors", "envoys"}
#: People of markets, companies and work.
_MONEY = {"depositors", "creditors", "bondholders", "borrowers", "buyers", "sellers", "bidders", "shoppers",
          "commuters", "travellers", "travelers", "drivers", "miners", "dealers", "brokers",
          "carmakers", "automakers", "airlines", "insurers", "manufacturers", "suppliers", "retailers", "exporters",
          "importers", "producers", "users", "subscribers"}

#: Happenings that open a sentence as its subject: "Floods killed at least 38 people" (not "blasts", "storms" or
#: "protests", as often a present verb after a name: "Obama blasts BP", "Army storms the building").
_HAPPENINGS = {"floods", "airstrikes", "wildfires", "landslides", "riots", "explosions", "earthquakes", "typhoons",
               "hurricanes", "tornadoes", "demonstrations"}

#: Every plural above.
NEWS_PLURALS = frozenset(_CONFLICT | _DISASTER | _PUBLIC | _MONEY | _HAPPENINGS)
