"""How news calls a company it has named by a noun of its kind: "the company", "the lender", "the German carmaker".

Once a story has named a company ("Harlow Bank", "Velox Motors"), it goes on with a definite noun that says what kind
of business it is: "the company" and "the firm" of any business, "the lender" of a bank, "the carmaker" of a car
company, "the airline", "the insurer", "the drugmaker". Before the generic nouns ("company", "firm", "giant",
"major", "group") it may put the trade ("the oil company", "the software firm", "the mining giant") or where it
comes from ("the British company", "the London-based firm"). Such a noun is the company the story named, where a
reader can tell which one; "the parent company", "a rival firm" or "the new company" is another, and no word here
makes one.
"""

from __future__ import annotations

import re

__all__ = ["ANY_COMPANY_NOUN", "BUSINESS_NOUNS", "COMPANY_WORDS", "RELATED_NOUNS", "SORTED_ONLY", "THE_COMPANY", "business_nouns",
           "kind_fits"]

#: Nouns of the kind of business a definite noun phrase names on its own: "the lender", "the carmaker".
_KIND_NOUNS = ("company", "firm", "lender", "carmaker", "automaker", "drugmaker", "chipmaker", "insurer", "airline",
               "retailer", "conglomerate")
#: Nouns of any business that take a trade or an origin before them: "the oil giant", "the British group".
_GENERIC_NOUNS = ("company", "firm", "giant", "major", "group", "conglomerate")
#: Nouns a story calls a business it has named by, alone after "the": what it is ("the company", "the bank") or what it
#: does in its trade ("the operator", "the contractor"). The readers of an organisation's chain, of a title's referent
#: and of a possessive's owner take them from here.
BUSINESS_NOUNS = ("company", "firm", "group", "bank", "carrier", "airline", "insurer", "lender", "retailer",
                  "manufacturer", "operator", "contractor")
#: Nouns of a business only after its trade or origin: "the oil giant", "the Anglo-Dutch major" ("the giant" alone may
#: be a slick, "major" an adjective).
SORTED_ONLY = ("giant", "major")
#: Nouns of a business beside the one a story named: a part of it ("its retail arm", "the unit", "a subsidiary", "the
#: division", "the business") or another it deals with ("a rival", "the partner"). Such a noun is never the named
#: company itself, so a reader of whose "its" a sentence means takes it for someone else.
RELATED_NOUNS = ("unit", "arm", "subsidiary", "division", "business", "rival", "partner")


def business_nouns(*more: str) -> str:
    """The business nouns and ``more`` as one regex alternation (no group)."""
    return "|".join(dict.fromkeys((*BUSINESS_NOUNS, *more)))


#: The trade of a business, before its noun: "the energy company", "the software firm".
_TRADES = ("oil", "energy", "drilling", "gas", "mining", "steel", "chemicals?", "drug", "pharmaceutical", "technology",
           "tech", "software", "internet", "media", "telecoms?", "telecommunications", "car", "auto", "engineering",
           "construction", "defen[cs]e", "aerospace", "shipping", "insurance", "investment", "financial", "banking",
           "retail", "food", "beverage", "tobacco", "entertainment", "music", "fashion", "clothing", "utility",
           "power", "rail", "airline", "travel", "property", "biotech", "chip", "e-commerce", "transport",
           "logistics", "services", "consulting", "advertising", "publishing", "gaming", "toy", "private",
           "state-owned", "family-owned", "listed")
#: Where a business comes from: "British", "Anglo-Dutch", "Swiss", "Japanese", "London-based", "Texas-based".
_ORIGIN = (r"(?:[A-Z][a-z]+-based|Anglo-[A-Z][a-z]+|[A-Z][a-z]+(?:an|ian|ish|ese|ch|ss|i)|US|U\.S\.)")
#: One word that sorts a business by its trade or origin.
_SORT = r"(?:" + _ORIGIN + r"|" + "|".join(_TRADES) + r")"

#: After "the", a company's noun with or without its trade or origin: "company", "group", "British firm", "lender".
ANY_COMPANY_NOUN = (r"(?:(?:" + _SORT + r"\s+){1,2})?(?:" + "|".join(sorted(set(_GENERIC_NOUNS) | set(_KIND_NOUNS)))
                    + r")\b")

#: "the company", "the lender", "the oil giant", "the British energy company" in a title or a text, also as an owner
#: ("the firm's"); not an appositive before the name ("the oil company Amoco") or set off after it ("the American
#: drilling company, Transocean, ..."), nor "the giant" alone (a slick).
COMPANY_WORDS = (r"(?:(?:" + _SORT + r"\s+){1,2}(?:" + "|".join(_GENERIC_NOUNS + _KIND_NOUNS) + r")|(?:" + "|".join(_KIND_NOUNS)
                 + r"))")
THE_COMPANY = re.compile(r"\b[Tt]he\s+" + COMPANY_WORDS + r"(?=['’]s\b|\b(?!['’-])(?!\s+[A-Z])"
                         r"(?!,\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3},))")

#: Words of a company's own name that tell its kind: "Harlow Bank" is a lender, "Velox Motors" a carmaker.
_NAME_WORDS = {"lender": r"Bank|Banco|Bancorp|Banking|Credit|Savings|Building\s+Society",
               "carmaker": r"Motors?|Auto|Automotive|Cars", "automaker": r"Motors?|Auto|Automotive|Cars",
               "airline": r"Airlines?|Airways|Air", "insurer": r"Insurance|Assurance|Re",
               "drugmaker": r"Pharma\w*|Therapeutics|Biotech", "retailer": r"Stores|Retail|Mart"}
#: How far from a mention of a company's name its kind noun stands when the story tells the kind: "Harlow Bank, the
#: country's third-largest lender", "German carmaker Velmora Motors".
_REACH = 60


def kind_fits(phrase: str, name: str, text: str) -> bool:
    """Whether ``phrase`` ("the lender", "the German carmaker", "the company") can stand for the company ``name`` in
    ``text``: a generic noun stands for any company; a noun of a kind only for one whose name says the kind ("Harlow
    Bank") or that the story calls by it next to its name. A page's "RSS" is no airline, however sole."""
    noun = phrase.split()[-1].lower()
    if noun in _GENERIC_NOUNS:  # ("the company", "the oil giant": any company)
        return True
    if noun in _NAME_WORDS and re.search(r"\b(?:" + _NAME_WORDS[noun] + r")\b", name):
        return True
    for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
        if re.search(r"\b" + noun + r"s?\b", text[max(0, m.start() - _REACH):m.end() + _REACH], re.I):
            return True
    return False
