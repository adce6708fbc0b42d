"""Synthetic news articles for the memory benchmark: deterministic, varied, streamed to JSONL.

Every article is built from templates and vocabularies written in this module (invented people,
places, outlets and numbers; no real article text), drawn from one ``random.Random(seed)``, so the same
``(n, seed)`` always gives the same corpus (for a given Python version), and the first ``k`` articles of
a larger corpus are the first ``k`` of a smaller one. Articles are shaped like local and national news:
a headline, 20–80 sentences in 6–20 paragraphs (~600–1,500 words), an occasional subheading, direct
quotes attributed with "said", "told" and "according to", some ``**bold**`` phrases, and loaded or
emotive wording whose share depends on the outlet's "heat". Nearly every sentence carries its own
names or numbers, so sentences (not just articles) vary and no per-sentence cache can help.

:func:`write_corpus` streams one JSON object per line (``id``, ``source``, ``title``, ``text``) without
holding the corpus in memory::

    python benchmarks/synthetic.py /tmp/synth-10k.jsonl --n 10000
    python benchmarks/synthetic.py /tmp/synth-100k.jsonl --n 100000 --seed 1
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Iterator
from pathlib import Path

__all__ = ["iter_articles", "make_article", "write_corpus"]

# --- vocabularies (all invented) -------------------------------------------------------------------

FIRST_NAMES = (
    "Marta",
    "Dev",
    "Aisha",
    "Tomas",
    "Priya",
    "Gareth",
    "Nkechi",
    "Rory",
    "Lena",
    "Callum",
    "Yusuf",
    "Bethan",
    "Hamid",
    "Clara",
    "Owen",
    "Fatima",
    "Declan",
    "Ingrid",
    "Samir",
    "Rosalind",
    "Kwame",
    "Harriet",
    "Mateo",
    "Sunita",
    "Finlay",
    "Agnieszka",
    "Ravi",
    "Maeve",
    "Tobias",
    "Zainab",
    "Ewan",
    "Delphine",
    "Kofi",
    "Imogen",
    "Arjun",
    "Shona",
    "Luca",
    "Niamh",
    "Bilal",
    "Orla",
    "Stellan",
    "Chiara",
    "Idris",
    "Freya",
    "Connor",
    "Leila",
    "Piotr",
    "Esther",
    "Jonah",
    "Amara",
    "Rhys",
    "Saoirse",
    "Viktor",
    "Hana",
    "Malcolm",
    "Ifeoma",
    "Anders",
    "Grace",
    "Tariq",
    "Wren",
)
SURNAMES = (
    "Halloran",
    "Okonjo",
    "Brenmoor",
    "Castellane",
    "Whitlock",
    "Pemberly",
    "Adeyemi",
    "Varga",
    "Thornbury",
    "Kasprzak",
    "Lindqvist",
    "Mabberley",
    "Osei",
    "Ferncastle",
    "Rautio",
    "Dunmore",
    "Achterberg",
    "Quillan",
    "Sandoval",
    "Heskett",
    "Moorcroft",
    "Iyengar",
    "Trevelyan",
    "Bramwell",
    "Kilbride",
    "Ostrander",
    "Nwachukwu",
    "Fairweather",
    "Delacroix",
    "Ashdown",
    "Petrakis",
    "Greystoke",
    "Mulvaney",
    "Rosenthal",
    "Carrow",
    "Tembe",
    "Underhill",
    "Vasquez",
    "Hollins",
    "Marchetti",
    "Oyelaran",
    "Strand",
    "Wetherall",
    "Kaczmarek",
    "Lowther",
    "Baptiste",
    "Crannock",
    "Emberton",
    "Farrant",
    "Gillander",
    "Hallstrom",
    "Ilesanmi",
    "Jessop",
    "Kingdon",
    "Larkworthy",
    "Mendip",
    "Norcott",
    "Ormerod",
    "Pashley",
    "Quartermain",
    "Redfearn",
    "Sallowby",
    "Tolland",
    "Umberleigh",
    "Vickery",
    "Wolstenholme",
    "Yardley",
    "Zetland",
    "Abernathy",
    "Blackwood",
)
PLACE_HEADS = (
    "Ash",
    "Brack",
    "Cold",
    "Dun",
    "Elm",
    "Fen",
    "Glen",
    "Hart",
    "Kel",
    "Lang",
    "Marrow",
    "North",
    "Oak",
    "Pen",
    "Red",
    "Stan",
    "Thorn",
    "Wick",
    "Wold",
    "Yar",
    "Bram",
    "Cray",
    "Hollin",
    "Mere",
)
PLACE_TAILS = (
    "ford",
    "by",
    "ham",
    "wick",
    "mouth",
    "bridge",
    "field",
    "ton",
    "stead",
    "moor",
    "wood",
    "bury",
    "dale",
    "cliffe",
    "haven",
    "well",
    "minster",
    "hope",
)
PLACES = tuple(h + t for h in PLACE_HEADS for t in PLACE_TAILS)
STREET_NAMES = (
    "Kingsway",
    "Mill Lane",
    "Station Road",
    "Harbour Street",
    "Orchard Way",
    "Tanners Row",
    "Castle Hill",
    "Victoria Parade",
    "Quarry Road",
    "Bellfield Avenue",
    "Ropewalk",
    "Sandgate",
    "Priory Street",
    "Canal Side",
    "Longmeadow Drive",
    "Foundry Lane",
    "Market Street",
    "Ferry Road",
    "Chapel Brow",
    "Wharf Road",
    "Beacon Hill",
    "Weavers Walk",
    "Dockside",
    "Abbey Road East",
)
OUTLET_KINDS = ("Courier", "Gazette", "Herald", "Post", "Chronicle", "Echo", "Mercury", "Advertiser", "Times")
# (source name, heat): heat in [0, 1] raises the share of loaded sentences and bold phrases.
SOURCES = (
    ("Meridian Wire", 0.05),
    ("Northern Press Service", 0.1),
    ("The Daily Lantern", 0.9),
    ("The Sunday Beacon", 0.8),
    ("Channel Six News", 0.35),
    ("The Morning Ledger", 0.3),
    ("Capital Courier", 0.6),
    ("The Broadside", 0.95),
    ("Commonwealth Review", 0.4),
    ("Riverside Radio News", 0.2),
    ("The Evening Clarion", 0.7),
    ("Civic Record", 0.15),
    ("The Pennant", 0.55),
    ("Public Affairs Weekly", 0.25),
    ("The Daily Rampart", 1.0),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
VENUES = (
    "the Guildhall",
    "{place} Town Hall",
    "the {oplace} Civic Centre",
    "a community centre in {oplace}",
    "{place} Library",
    "the Corn Exchange",
    "a church hall in {oplace}",
    "the council chamber",
)

LOADED_ADJ = (
    "reckless",
    "disastrous",
    "shambolic",
    "draconian",
    "disgraceful",
    "scandalous",
    "outrageous",
    "catastrophic",
    "lavish",
    "bloated",
    "heavy-handed",
    "misguided",
    "chaotic",
    "toxic",
    "callous",
    "ruinous",
    "cynical",
    "half-baked",
    "ill-conceived",
    "extreme",
)
LOADED_NOUN = (
    "fiasco",
    "shambles",
    "scandal",
    "vanity project",
    "cash grab",
    "betrayal",
    "white elephant",
    "power grab",
    "disaster",
    "farce",
    "stitch-up",
    "cover-up",
    "war on motorists",
    "slap in the face",
    "catastrophe",
    "debacle",
)
LOADED_VERB = (
    "cripple",
    "devastate",
    "punish",
    "hammer",
    "betray",
    "fleece",
    "abandon",
    "destroy",
    "squeeze",
    "sacrifice",
    "bully",
    "crush",
)
EMOTIVE_ADJ = (
    "shocking",
    "heartbreaking",
    "devastating",
    "horrifying",
    "alarming",
    "appalling",
    "harrowing",
    "distressing",
    "infuriating",
    "tragic",
    "staggering",
    "terrifying",
)
EMOTIVE_NOUN = ("fury", "outrage", "anger", "anguish", "dismay", "despair", "uproar", "alarm", "panic", "disbelief")
INTENSIFIERS = ("utterly", "completely", "deeply", "totally", "frankly", "absolutely", "truly", "simply")

QUOTE_OPENERS = (
    "",
    "",
    "",
    "",
    "Frankly, ",
    "Let me be clear: ",
    "We have always said that ",
    "To be honest, ",
    "At the end of the day, ",
    "I think ",
    "The truth is that ",
    "Nobody should pretend that ",
    "We believe ",
    "What we are seeing is that ",
    "I have no doubt that ",
)
QUOTE_SUBJECTS = (
    "this scheme",
    "the {project_short}",
    "this decision",
    "the plan",
    "what happened at {venue}",
    "the review",
    "the budget",
    "this process",
    "the consultation",
    "the whole thing",
    "our proposal",
    "the report",
    "the money",
    "the timetable",
    "the evidence",
)
QUOTE_PREDICATES = (
    "is a {loaded_noun} for {group}",
    "will {loaded_verb} {group} for years to come",
    "has been handled badly from the start",
    "was never properly costed",
    "puts {group} first",
    "is exactly what {place} needs",
    "will cost {money} that we simply do not have",
    "shows that {inst_short} has listened",
    "has been rushed through without proper scrutiny",
    "will make life easier for {group}",
    "is the right thing to do",
    "could save {num} {units} a year",
    "ignores the concerns of {group} in {oplace}",
    "has the backing of most people I speak to",
    "was agreed after {num_small} months of talks",
    "is a {emotive_adj} failure of leadership",
    "has left {group} feeling {intensifier} let down",
    "will be reviewed again in {month}",
    "deserves a fair hearing",
    "is not about politics",
    "gives {group} a real say",
    "cannot be allowed to go ahead in its current form",
    "is backed by the evidence from {oplace}",
    "is a first step, not the last word",
    "was always going to be controversial",
    "will be judged on results by {year}",
    "has been misrepresented by its opponents",
)
QUOTE_TAILS = (
    "",
    "",
    "",
    "",
    " and we will keep fighting it",
    ", and people deserve better",
    " in the long run",
    " and that is the truth",
    ", whatever the critics say",
    " and I make no apology for that",
    ", as far as I am concerned",
    " and the figures prove it",
    " for {place}",
    " this time",
)
SHORT_QUOTES = (
    "It is a disgrace",
    "We were never asked",
    "This changes everything",
    "Enough is enough",
    "We have been ignored",
    "It simply does not add up",
    "It is a good day for {place}",
    "We are not going away",
    "I am furious",
    "Nobody listened",
    "It is about time",
    "This is only the beginning",
    "It will ruin us",
    "We are delighted",
    "I could not believe it",
)
INDIRECT_SUBJECTS = (
    "the scheme",
    "the plan",
    "the decision",
    "the figures",
    "the project",
    "the budget",
    "the review",
    "the proposals",
    "the changes",
    "the consultation",
)
INDIRECT_PREDICATES = (
    "would be reviewed within {num_small} months",
    "had been approved by a majority of members",
    "was likely to cost more than {money}",
    "would affect about {num} {units}",
    "had not taken account of {group}",
    "had been delayed until {month}",
    "was still on track",
    "would be paid for without raising council tax",
    "had been drawn up with {group}",
    "was the result of {num_small} years of work",
    "would be published in full by {month}",
    "had been criticised by {group} in {oplace}",
    "did not go far enough",
    "went further than expected",
    "would create {num_small} jobs",
    "had already been cut by {pct}",
)
INDIRECT_CUES = (
    "said",
    "said that",
    "told reporters that",
    "insisted that",
    "argued that",
    "claimed that",
    "warned that",
)

SUBHEADINGS = (
    "What happens next",
    "Reaction in {place}",
    "The cost of the {project_short}",
    "A long-running row",
    "Background",
    "How we got here",
    "What the figures show",
    "Opposition grows",
    "A divided community",
    "The view from {oplace}",
    "Questions remain",
)
BOLD_PHRASES = (
    "{pct} of respondents opposed the plan",
    "a {money} shortfall",
    "no final decision on the {project_plain}",
    "{num} {units}",
    "the {project_plain}",
    "an independent review costing {money_small}",
    "a legal challenge by {group} in {oplace}",
    "a {emotive_adj} {pct} increase",
    "the deadline of {month} {year}",
    "{num} more {units} by {year}",
)
BOLD_LEADS = ("What happens next", "Key figure", "Why it matters", "The background", "In numbers", "Read more")

# --- beats: the institutions, projects, units, groups and roles of one kind of story -----------------

BEATS = (
    {
        "topic": "transport",
        "institutions": ("{place} Borough Council", "{place} Transport Authority", "{place} City Council"),
        "short": ("the council", "the authority", "the highways department"),
        "projects": (
            "{street} cycle lane scheme",
            "{place} bypass",
            "{street} bus gateway",
            "{oplace} low-traffic zone",
            "{place} tram extension",
            "20mph limit on {street}",
            "{place} parking overhaul",
        ),
        "project_short": ("scheme", "plan", "project"),
        "units": ("journeys", "parking spaces", "bus services", "collisions", "vehicles a day"),
        "groups": ("motorists", "cyclists", "shopkeepers", "commuters", "residents", "bus users", "taxi drivers"),
        "roles": (
            "cabinet member for transport",
            "leader of the council",
            "director of highways",
            "a cycling campaigner",
            "chair of the {place} Traders' Association",
        ),
        "actions": ("approved", "scrapped", "paused", "delayed", "unveiled", "backed"),
    },
    {
        "topic": "housing",
        "institutions": ("{place} District Council", "{place} Housing Partnership", "{place} Development Corporation"),
        "short": ("the council", "the partnership", "the planning department"),
        "projects": (
            "{num_small}-home development at {oplace}",
            "{street} tower block regeneration",
            "{place} garden village",
            "affordable housing plan for {oplace}",
            "{street} estate demolition",
        ),
        "project_short": ("development", "scheme", "plan"),
        "units": ("homes", "households", "families on the waiting list", "empty properties", "planning applications"),
        "groups": ("tenants", "first-time buyers", "landlords", "residents", "developers", "young families"),
        "roles": (
            "cabinet member for housing",
            "chair of the planning committee",
            "head of the {place} Tenants' Union",
            "a local estate agent",
            "a housing charity worker",
        ),
        "actions": ("approved", "rejected", "backed", "deferred", "revised", "blocked"),
    },
    {
        "topic": "health services",
        "institutions": ("{place} Health Trust", "{place} General Hospital", "{place} Integrated Care Board"),
        "short": ("the trust", "the hospital", "the health board"),
        "projects": (
            "closure of the {place} maternity unit",
            "{place} urgent care centre",
            "{place} cancer wing",
            "merger of the {place} and {oplace} emergency departments",
            "{place} community diagnostic hub",
        ),
        "project_short": ("plan", "merger", "reorganisation"),
        "units": ("patients", "beds", "operations", "ambulance calls", "nurses", "appointments"),
        "groups": ("patients", "nurses", "junior doctors", "carers", "elderly residents", "expectant mothers"),
        "roles": (
            "chief executive of the trust",
            "medical director",
            "a union representative",
            "a patient advocate",
            "a consultant surgeon",
        ),
        "actions": ("confirmed", "postponed", "defended", "announced", "shelved", "approved"),
    },
    {
        "topic": "policing",
        "institutions": ("{place} Police", "{place} Constabulary", "the {place} Police and Crime Panel"),
        "short": ("the force", "the constabulary", "the panel"),
        "projects": (
            "{place} knife crime strategy",
            "review of {num} historical cases",
            "closure of {oplace} police station",
            "stop-and-search pilot in {oplace}",
            "{place} neighbourhood policing plan",
        ),
        "project_short": ("strategy", "review", "pilot"),
        "units": ("offences", "arrests", "cases", "reports of antisocial behaviour", "officers"),
        "groups": ("victims", "officers", "shop owners", "young people", "local families", "campaigners"),
        "roles": (
            "chief constable",
            "police and crime commissioner",
            "detective superintendent",
            "a community leader",
            "a victims' campaigner",
        ),
        "actions": ("launched", "defended", "expanded", "abandoned", "extended", "ordered"),
    },
    {
        "topic": "schools",
        "institutions": ("{place} Education Authority", "{place} Academy Trust", "{place} County Council"),
        "short": ("the authority", "the trust", "the education department"),
        "projects": (
            "merger of {place} and {oplace} primary schools",
            "{place} free school meals scheme",
            "{place} sixth-form college",
            "cuts to special needs transport in {place}",
            "{oplace} school closure",
        ),
        "project_short": ("proposal", "plan", "merger"),
        "units": ("pupils", "teachers", "school places", "exclusions", "classrooms"),
        "groups": ("parents", "teachers", "pupils", "headteachers", "governors", "families"),
        "roles": (
            "director of education",
            "headteacher of {oplace} Primary",
            "cabinet member for children's services",
            "a parent governor",
            "regional secretary of the teachers' union",
        ),
        "actions": ("approved", "revised", "funded", "proposed", "blocked", "delayed"),
    },
    {
        "topic": "pollution",
        "institutions": ("{place} Water", "{place} Energy Partnership", "{place} Port Authority"),
        "short": ("the company", "the partnership", "the authority"),
        "projects": (
            "{place} solar farm",
            "sewage outfall at {oplace}",
            "{place} incinerator plan",
            "{place} port expansion",
            "wind farm off {oplace}",
            "{place} reservoir scheme",
        ),
        "project_short": ("project", "scheme", "plan"),
        "units": ("jobs", "tonnes of waste", "sewage spills", "hectares", "households"),
        "groups": ("anglers", "farmers", "residents", "environmental groups", "workers", "wild swimmers"),
        "roles": (
            "managing director",
            "chief scientist",
            "regional manager",
            "a campaign organiser",
            "the local MP",
        ),
        "actions": ("approved", "submitted", "paused", "expanded", "defended", "revised"),
    },
)

# --- sentence templates ------------------------------------------------------------------------------

HEADLINES = (
    "{place} {beat_body} {action} {money} {project_short}",
    "Fury as {inst} {action} {project_plain}",
    "{surname} defends {project_plain} amid {loaded_noun} row",
    "'{short_quote}': {Group} hit out at {project_plain}",
    "{num} {units} hit as {place} {topic} row deepens",
    "{Project_cap} {action} after {num_small}-month review",
    "{emotive_adj_cap} figures put {place} {project_short} under pressure",
    "{Inst_short} {action} {project_plain} despite objections from {group}",
    "Questions over {money} {project_plain} in {place}",
    "{Group} in {oplace} demand answers over {project_plain}",
)
LEDES = (
    "{Inst} has {action} the {project}, a move expected to affect about {num} {units}.",
    "Plans for the {project} have been {action} by {inst}, after a {num_small}-month consultation.",
    "{Group} in {place} are {feeling} after {inst} {action} the {money} {project}.",
    "The future of the {project} was in doubt last night after {inst} {action} the plans.",
    "{Inst} {action} the {project} on {day}, ending {num_small} years of debate in {place}.",
)
REPORT = (
    "The {project} is expected to cost {money}, according to documents seen by {outlet}.",
    "{Inst_short} said {num} {units} had been recorded in {place} in {year}, compared with {num} the year before.",
    "Figures published on {day} show a {pct} rise in {units} across {place} since {year}.",
    "Members voted {num_small} to {num_small} in favour of the {project_short} at a meeting on {day} evening.",
    "Work is due to begin in {month} and is expected to take {num_small} months.",
    "A public consultation on the {project} received {num} responses, of which {pct} were opposed.",
    "The decision follows a {num_small}-month review commissioned by {inst} in {year}.",
    "About {num} {units} are affected, according to the latest estimate from {inst}.",
    "The funding includes {money} from central government and {money_small} from local reserves.",
    "{Inst_short} has not yet published a full breakdown of the {money} cost.",
    "The {project_short} is one of {num_small} similar projects in the region, the largest of which is in {oplace}.",
    "Officials in {oplace} are watching closely, with a comparable plan due to be decided in {month}.",
    "A further report on the {project} is due before the end of {year}.",
    "The meeting at {venue} lasted more than {num_small} hours and was attended by {num_small} members of the public.",
    "Opposition members tabled {num_small} amendments to the {project_short}, all of which were rejected.",
    "Under the plans, {num} {units} would move to {oplace} by {year}.",
    "An officer's report said the {project_short} would deliver {num} {units} over {num_small} years.",
    "The {project_short} was first proposed in {year}, when it was expected to cost {money_small}.",
    "Since then, the estimated cost has risen by {pct} to {money}.",
    "{Inst_short} said it had received {num} written objections and {num_small} letters of support.",
    "The latest figures, for the year to {month}, show {num} {units}, a fall of {pct}.",
    "A spokesperson for {inst} said a decision on the next phase would be taken in {month} {year}.",
    "The {project_short} will be reviewed after {num_small} months, with a report to members by {month}.",
    "Nearly {pct} of the {num} {units} surveyed were in {oplace}, the report found.",
    "Independent consultants were paid {money_small} to assess the {project}.",
    "The vote came {num_small} days after a petition signed by {num} people was handed to {inst}.",
    "Data released under freedom of information rules show {num} {units} in {place} in the {num_small} years to {year}.",
    "The report, running to {num_small}0 pages, sets out {num_small} options for {topic} in {place}.",
)
CONTEXT = (
    "{place} has a population of about {population} and has seen {units} fall by {pct} over the past decade.",
    "It is not the first time {inst_short} has faced criticism over {topic}: in {year} it paid {money_small} to settle a complaint.",
    "In {year}, a similar plan for {oplace} was abandoned after a legal challenge costing {money_small}.",
    "The area has long been a focus of debate over {topic}, with {num_small} reviews since {year}.",
    "Neighbouring {oplace} introduced a comparable scheme in {year}, with mixed results.",
    "National guidance published in {year} recommends at least {num_small} weeks of consultation.",
    "{person}, who has served as {role} since {year}, has previously backed changes to {topic}.",
    "The {project} has been discussed at {num_small} meetings of {inst} since {month} {year}.",
    "{place} was one of {num_small} areas chosen for a government pilot on {topic} in {year}.",
)
LOADED = (
    "Critics have branded the {project_short} a {loaded_noun}, warning it will {loaded_verb} {group} in {place}.",
    "The {loaded_adj} decision sparked {emotive_noun} among {group}, who packed the public gallery at {venue}.",
    "{Group} reacted with {emotive_noun}, describing the {money} plans as {intensifier} {loaded_adj}.",
    "Campaigners slammed the move as a {emotive_adj} betrayal of {group} in {place}.",
    "The row has left {inst_short} facing {loaded_adj} questions about its handling of {topic} in {oplace}.",
    "Supporters insist the {loaded_adj} headlines have overshadowed what the {project_short} could do for {group}.",
    "Some {group} said the {emotive_adj} scenes at {venue} were unlike anything in {num_small} years.",
    "Opponents claim the {project} is a {loaded_noun} dreamed up by out-of-touch officials in {place}.",
    "What began as a modest proposal in {year} has become a {loaded_noun} that threatens to engulf {inst}.",
    "The {emotive_adj} figures, showing {num} {units}, have been seized on by {group}.",
    "{person} was heckled and branded {loaded_adj} as the {project_short} was debated at {venue}.",
    "Local {group} described a {emotive_adj} {pct} jump in {units} as a {loaded_noun}.",
    "Angry {group} accused {inst_short} of a {loaded_adj} attempt to {loaded_verb} {oplace}.",
)
QUOTES = (
    '"{quote}," said {speaker}.',
    '"{quote}," {speaker_subj} said.',
    '"{quote}," {speaker_subj} told {outlet}.',
    '{speaker_subj} told {outlet}: "{quote}."',
    '{speaker_subj} said: "{quote}. {quote}."',
    "\u201c{quote},\u201d said {speaker}.",
    "\u201c{quote},\u201d {speaker_subj} told a meeting at {venue}.",
    'According to {speaker}, "{quote}."',
    "According to {inst_short}, {indirect}.",
    "According to figures obtained by {outlet}, {num} {units} were affected in {year}.",
    "{speaker_subj} {indirect_cue} {indirect}.",
    'In a statement, {inst_short} said: "{quote}."',
    '"{short_quote}," said one of the {group} at {venue}.',
    "\u201c{short_quote},\u201d was the verdict of {speaker} on {day}.",
    '{speaker_subj} told {outlet} that {indirect}, adding: "{quote}."',
    '"{quote}," {speaker_subj} said. "{quote}."',
)
BOLD = (
    "The central finding of the report is **{bold_phrase}**.",
    "**{bold_lead}:** {inst_short} is expected to publish an update in {month}.",
    "Residents were promised **{bold_phrase}**, a claim that has since been questioned by {group}.",
    "The document, seen by {outlet}, refers to **{bold_phrase}**.",
    "Officials confirmed **{bold_phrase}** in {place} by the end of {year}.",
)
CLOSERS = (
    "{Inst_short} will make a final decision in {month}.",
    "A further public meeting is planned at {venue} on {day}.",
    "{Inst} has been approached for further comment.",
    "The {project_short} is due to be discussed again by {inst} in {month} {year}.",
    "{person} said the campaign against the {project_short} would continue.",
)

_MONEY_UNITS = ("£{}m", "£{} million", "${} million", "€{} million", "£{}bn")
_CURRENCY_SMALL = ("£", "$", "€")


class _Writer(dict):
    """Fills template slots: ``template.format_map(writer)`` asks for each ``{slot}`` via ``__missing__``.

    Slots are drawn fresh on every use (nothing is stored in the dict), from the current article's
    entities (beat, place, institution, project, people) and the shared vocabularies.
    """

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng
        self.rnd = rng.random
        self.slots = {
            name[2:]: getattr(self, name)
            for name in dir(self)
            if name.startswith("s_") and callable(getattr(self, name))
        }

    def __missing__(self, key: str) -> str:
        return self.slots[key]()

    def pick(self, seq):
        return seq[int(self.rnd() * len(seq))]

    def fill(self, template: str) -> str:
        return template.format_map(self) if "{" in template else template

    # --- article set-up ---

    def start_article(self) -> None:
        pick = self.pick
        self.beat = pick(BEATS)
        self.place = pick(PLACES)
        self.inst = pick(self.beat["institutions"]).format(place=self.place)
        self.short = self.beat["short"]
        self.project = self.fill(pick(self.beat["projects"]))
        self.people = []
        for _ in range(2 + int(self.rnd() * 4)):
            name = f"{pick(FIRST_NAMES)} {pick(SURNAMES)}"
            self.people.append([name, self.fill(pick(self.beat["roles"])), False])
        source, heat = pick(SOURCES)
        self.source = source
        # Cumulative thresholds for the sentence kinds: loaded, quote, bold, context, else report.
        loaded = 0.04 + 0.26 * heat
        quote = loaded + 0.26
        bold = quote + 0.02 + 0.06 * heat
        self.thresholds = (loaded, quote, bold, bold + 0.12)

    # --- slots ---

    def s_place(self) -> str:
        return self.place

    def s_oplace(self) -> str:
        return self.pick(PLACES)

    def s_street(self) -> str:
        return self.pick(STREET_NAMES)

    def s_inst(self) -> str:
        return self.inst

    def s_Inst(self) -> str:
        return self.inst[0].upper() + self.inst[1:]

    def s_inst_short(self) -> str:
        return self.pick(self.short) if self.rnd() < 0.7 else self.inst

    def s_Inst_short(self) -> str:
        s = self.s_inst_short()
        return s[0].upper() + s[1:]

    def s_beat_body(self) -> str:
        return self.short[0].split()[-1]

    def s_project(self) -> str:
        if self.rnd() < 0.06:
            return f"**{self.project}**"
        return self.project

    def s_Project_cap(self) -> str:
        return self.project[0].upper() + self.project[1:]

    def s_project_plain(self) -> str:
        return self.project

    def s_project_short(self) -> str:
        return self.pick(self.beat["project_short"])

    def s_topic(self) -> str:
        return self.beat["topic"]

    def s_units(self) -> str:
        return self.pick(self.beat["units"])

    def s_group(self) -> str:
        return self.pick(self.beat["groups"])

    def s_Group(self) -> str:
        g = self.pick(self.beat["groups"])
        return g[0].upper() + g[1:]

    def s_action(self) -> str:
        return self.pick(self.beat["actions"])

    def s_role(self) -> str:
        return self.pick(self.people)[1]

    def s_person(self) -> str:
        return self.pick(self.people)[0]

    def s_surname(self) -> str:
        return self.pick(self.people)[0].split()[-1]

    def _speaker(self, comma: str) -> str:
        person = self.pick(self.people)
        if not person[2]:  # first mention: full name and role
            person[2] = True
            return f"{person[0]}, {person[1]}{comma}"
        return person[0].split()[-1] if self.rnd() < 0.7 else person[0]

    def s_speaker(self) -> str:
        """A speaker at the end of a clause ('..., said Marta Okonjo, a cycling campaigner.')."""
        return self._speaker("")

    def s_speaker_subj(self) -> str:
        """A speaker as the subject ('Marta Okonjo, a cycling campaigner, said ...')."""
        return self._speaker(",")

    def s_outlet(self) -> str:
        if self.rnd() < 0.5:
            return f"the {self.pick(PLACES)} {self.pick(OUTLET_KINDS)}"
        return self.pick(SOURCES)[0]

    def s_venue(self) -> str:
        return self.fill(self.pick(VENUES))

    def s_money(self) -> str:
        rnd = self.rnd
        value = f"{1 + rnd() * 48:.1f}".removesuffix(".0")
        return self.pick(_MONEY_UNITS).format(value)

    def s_money_small(self) -> str:
        return f"{self.pick(_CURRENCY_SMALL)}{int(5 + self.rnd() * 995) * 1000:,}"

    def s_num(self) -> str:
        r = self.rnd()
        return f"{int(10 ** (1 + r * 4.3)):,}"

    def s_population(self) -> str:
        return f"{int(8_000 + self.rnd() * 400_000):,}"

    def s_num_small(self) -> str:
        return str(2 + int(self.rnd() * 28))

    def s_pct(self) -> str:
        value = int(1 + self.rnd() * 89)
        return f"{value}%" if self.rnd() < 0.6 else f"{value} per cent"

    def s_year(self) -> str:
        return str(2009 + int(self.rnd() * 18))

    def s_day(self) -> str:
        return self.pick(WEEKDAYS)

    def s_month(self) -> str:
        return self.pick(MONTHS)

    def s_loaded_adj(self) -> str:
        return self.pick(LOADED_ADJ)

    def s_loaded_noun(self) -> str:
        return self.pick(LOADED_NOUN)

    def s_loaded_verb(self) -> str:
        return self.pick(LOADED_VERB)

    def s_emotive_adj(self) -> str:
        return self.pick(EMOTIVE_ADJ)

    def s_emotive_adj_cap(self) -> str:
        a = self.pick(EMOTIVE_ADJ)
        return a[0].upper() + a[1:]

    def s_feeling(self) -> str:
        return f"{self.pick(INTENSIFIERS)} {self.pick(('angry', 'furious', 'devastated', 'dismayed', 'relieved', 'delighted'))}"

    def s_emotive_noun(self) -> str:
        return self.pick(EMOTIVE_NOUN)

    def s_intensifier(self) -> str:
        return self.pick(INTENSIFIERS)

    def s_quote(self) -> str:
        pick = self.pick
        q = self.fill(f"{pick(QUOTE_OPENERS)}{pick(QUOTE_SUBJECTS)} {pick(QUOTE_PREDICATES)}{pick(QUOTE_TAILS)}")
        return q[0].upper() + q[1:]

    def s_short_quote(self) -> str:
        return self.fill(self.pick(SHORT_QUOTES))

    def s_indirect(self) -> str:
        return self.fill(f"{self.pick(INDIRECT_SUBJECTS)} {self.pick(INDIRECT_PREDICATES)}")

    def s_indirect_cue(self) -> str:
        return self.pick(INDIRECT_CUES)

    def s_bold_phrase(self) -> str:
        return self.fill(self.pick(BOLD_PHRASES))

    def s_bold_lead(self) -> str:
        return self.pick(BOLD_LEADS)


def make_article(writer: _Writer, index: int, seed: int) -> dict[str, str]:
    """One article as a JSON-ready record, drawn from ``writer`` (whose random state advances)."""
    writer.start_article()
    rnd = writer.rnd
    fill = writer.fill
    pick = writer.pick
    t_loaded, t_quote, t_bold, t_context = writer.thresholds

    target_words = 600 + int(rnd() * 900)
    sentences = [fill(pick(LEDES))]
    words = sentences[0].count(" ") + 1
    while len(sentences) < 80 and (words < target_words or len(sentences) < 20):
        r = rnd()
        if r < t_loaded:
            template = pick(LOADED)
        elif r < t_quote:
            template = pick(QUOTES)
        elif r < t_bold:
            template = pick(BOLD)
        elif r < t_context:
            template = pick(CONTEXT)
        else:
            template = pick(REPORT)
        sentence = fill(template)
        sentences.append(sentence)
        words += sentence.count(" ") + 1
    if rnd() < 0.6:
        sentences[-1] = fill(pick(CLOSERS))

    # The lede stands alone; the other sentences fill the other paragraphs, at least one each, the rest
    # shared out by random weights (so paragraphs run from one sentence to several).
    n = len(sentences)
    n_paragraphs = max(6, min(20, round(n / (2.2 + rnd() * 2.3))))
    k = n_paragraphs - 1
    weights = [0.3 + rnd() for _ in range(k)]
    extra, total = n - 1 - k, sum(weights)
    sizes = [1 + int(extra * w / total) for w in weights]
    for _ in range(n - 1 - sum(sizes)):
        sizes[int(rnd() * k)] += 1
    paragraphs = [sentences[0]]
    at = 1
    for size in sizes:
        paragraphs.append(" ".join(sentences[at : at + size]))
        at += size
    if rnd() < 0.3:  # one or two subheadings before later paragraphs
        for _ in range(1 + int(rnd() * 2)):
            at = 2 + int(rnd() * (len(paragraphs) - 2))
            paragraphs.insert(at, fill(pick(SUBHEADINGS)))
    title = fill(pick(HEADLINES))
    return {
        "id": f"synth{seed}-{index:07d}",
        "source": writer.source,
        "title": title[0].upper() + title[1:],
        "text": "\n\n".join(paragraphs),
    }


def iter_articles(n: int, *, seed: int = 0) -> Iterator[dict[str, str]]:
    """Yield ``n`` synthetic articles (dicts with ``id``, ``source``, ``title``, ``text``), one at a time."""
    writer = _Writer(random.Random(seed))
    for i in range(n):
        yield make_article(writer, i, seed)


def write_corpus(path: str | Path, n: int, *, seed: int = 0) -> int:
    """Write ``n`` synthetic articles to ``path`` as JSONL (UTF-8), streaming; return the bytes written."""
    written = 0
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    with open(path, "wb", buffering=1 << 20) as fh:
        for record in iter_articles(n, seed=seed):
            line = (dumps(record) + "\n").encode("utf-8")
            fh.write(line)
            written += len(line)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="output JSONL file")
    parser.add_argument("--n", type=int, default=10_000, help="number of articles (default 10000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args()
    start = time.perf_counter()
    size = write_corpus(args.out, args.n, seed=args.seed)
    seconds = time.perf_counter() - start
    print(f"wrote {args.n:,} articles, {size / 1e6:,.1f} MB to {args.out} in {seconds:.1f} s")


if __name__ == "__main__":
    main()
