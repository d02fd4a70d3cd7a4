"""Issue 17, seventh round: "this week" in a Sunday paper, a weekday after a planned happening
that a forward-looking phrase takes, a night told of an earlier day, a possessive month
after a story told in another year.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3
spans, types and values a careful reader gives them. The first rows of each class failed on
the code before this round; the rows after "..." guard what must stay as it was.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

SUN = dt.date(2025, 3, 16)   # Sunday, the last day of ISO week 2025-W11
TUE = dt.date(2025, 3, 11)   # Tuesday, ISO week 2025-W11
FRI = dt.date(2025, 3, 14)   # Friday
MAY = dt.date(2025, 5, 12)   # Monday, weeks after the story's day

TABLE: list[Row] = [
    # ---- written on a Sunday, what is to come "this week" is in the coming Monday-to-Sunday week
    (SUN, "The brewer will publish its annual figures this week.", [("this week", "DATE", "2025-W12")]),
    (SUN, "Its main rival, which also reports this week, faces the same questions.",
     [("this week", "DATE", "2025-W12")]),
    (SUN, "The union is meeting ministers this week to discuss pay.", [("this week", "DATE", "2025-W12")]),
    (SUN, "A ruling is due later this week.", [("later this week", "DATE", "2025-W12")]),
    (SUN, "The board said the question would probably not be settled this week.", [("this week", "DATE", "2025-W12")]),
    # ... what was done or is so now stays in the week ending that Sunday, and other days keep their week
    (SUN, "The shares lost a tenth of their value this week.", [("this week", "DATE", "2025-W11")]),
    (SUN, "Fuel prices are higher this week.", [("this week", "DATE", "2025-W11")]),
    (SUN, "The storm could have reached the coast this week.", [("this week", "DATE", "2025-W11")]),
    (SUN, "The minister resigned earlier this week.", [("earlier this week", "DATE", "2025-W11")]),
    (TUE, "The brewer will publish its annual figures this week.", [("this week", "DATE", "2025-W11")]),
    (SUN, "Will the synod answer the dramatic events of this week?", [("this week", "DATE", "2025-W11")]),
    # ---- a weekday after a planned happening taken by "ahead of", "before", "sets the stage for"
    (TUE, "The leak sets the stage for a tense cabinet meeting Thursday.", [("Thursday", "DATE", "2025-03-13")]),
    (TUE, "The ruling set the stage for his showdown hearing Wednesday.", [("Wednesday", "DATE", "2025-03-12")]),
    # ... told in the past, a day far ahead is the one just gone; a happening with no such phrase keeps its tense
    (TUE, "Farmers rally in the capital before a budget vote Monday.", [("Monday", "DATE", "2025-03-17")]),
    (FRI, "Lawmakers argued all day before a vote Thursday.", [("all day", "DURATION", "P1D"), ("Thursday", "DATE", "2025-03-13")]),
    (TUE, "The meeting Thursday ended without a deal.", [("Thursday", "DATE", "2025-03-06")]),
    (TUE, "He was praised for his speech Monday.", [("Monday", "DATE", "2025-03-10")]),
    # ---- what "after"/"since" + a gerund names is done before the main clause's time
    (SUN, "NO DREDGING UNTIL JUNE After calling off on Friday a plan to dredge the channel, the port is "
          "weighing other options.", [("Friday", "DATE", "2025-03-14")]),
    # ... (a subheading run into the sentence, as scraped pages have them, leaves no verb of its own)
    (SUN, "After calling off on Friday a plan to dredge the channel, the port is weighing other options.",
     [("Friday", "DATE", "2025-03-14")]),
    (SUN, "Since landing on Tuesday, the team has mapped the whole reef.", [("Tuesday", "DATE", "2025-03-11")]),
    # ... unless the sentence looks ahead
    (SUN, "After meeting the mayor on Tuesday, she will decide.", [("Tuesday", "DATE", "2025-03-18")]),
    # ---- a night with no day of its own, in a story of an earlier day, is that day's night
    (MAY, "Nobody knows what went wrong at the plant on the evening of April 2. Inspectors who visited "
          "the site later found broken valves, melted cables and a control room filled with soot and water. "
          "The company has hired engineers from two universities to rebuild the sequence of failures, and "
          "they will publish what they learn. "
          "A pump failed and the tank burst in the night.",
     [("the evening of April 2", "TIME", "2025-04-02TEV"), ("the night", "TIME", "2025-04-02TNI")]),
    (MAY, "The ferry sank on April 2. Divers who searched the hull over the following weeks found cargo, "
          "papers and the remains of a lifeboat wedged under the bridge deck near the stern. "
          "Overnight, the crew had tried to pump out the water.",
     [("April 2", "DATE", "2025-04-02"), ("the following weeks", "DURATION", "PXW"), ("Overnight", "TIME", "2025-04-02TNI")]),
    # ... with no earlier day told, the night is the report's
    (MAY, "Thieves broke into the museum during the night, the police said.", [("the night", "TIME", "2025-05-12TNI")]),
    # ... nor when a source speaks "overnight": its words are the report's news
    (MAY, "The ferry sank on April 2. Divers who searched the hull later found cargo, papers and the remains "
          "of a lifeboat wedged under the bridge deck, near the stern, beside the engine room. "
          "Overnight, the port authority said it would pay for the salvage.",
     [("April 2", "DATE", "2025-04-02"), ("Overnight", "TIME", "2025-05-11TNI")]),
    # ---- a possessive month owning a done event is the writer's last such month, not the story's
    (dt.date(2025, 9, 3), "In March 1994 a ferry capsized off the coast. It stayed the worst disaster there "
                          "until April's ACME mine collapse.",
     [("March 1994", "DATE", "1994-03"), ("April", "DATE", "2025-04")]),
    # ... a month told in the story without a possessive keeps the story's year
    (dt.date(2025, 9, 3), "In March 1994 a ferry capsized off the coast. In April, divers recovered the hull.",
     [("March 1994", "DATE", "1994-03"), ("April", "DATE", "1994-04")]),
]


test_round_seven_classes = round_test(TABLE)
