"""Closed-class words and patterns the attribution rules read (:mod:`framing.attribution.extract`,
:mod:`framing.attribution.phrases`): clause links, auxiliaries and adverbs that join a cue, prepositions,
determiners, time phrases, the frames after a cue, the passive speech verbs.

Small closed lists of English function words written by the framing team, not a lexicon: the reporting
cues themselves are the versioned ``attribution_cues`` lexicon.
"""

from __future__ import annotations

import re

from framing.attribution.sources import DOCUMENTS

MAX_SOURCE = 30

# Words a source phrase never contains: clause links and conjunctions.
CLAUSE = frozenset(
    "that which who whom because but or if while when whenever as after before since although though so than "
    "where whether until unless yet however meanwhile instead whereas thus therefore hence nor not what whatever".split()
)

# Lower-case words dropped from the front of a source phrase ("But critics said").
LEADING = frozenset(
    "and but so yet also then now still meanwhile however instead indeed later earlier today yesterday separately "
    "previously afterwards finally tonight".split()
)

# Adverbs and auxiliaries that join the cue ("has also said", "repeatedly accused").
CUE_PREFIX = frozenset(
    "has have had having is are was were be been will would could can should may might must did does do "
    "also later previously repeatedly recently once again then now often already still publicly privately "
    "further earlier first initially quickly immediately simply just never not n't widely long even actually "
    "apparently personally twice outright always sometimes seldom rarely ever".split()
)

PREPOSITIONS = frozenset("with without in on at for of by from to after before during under over into".split())

WH = frozenset("how why what whether if when where who which".split())

TELL = frozenset(
    "tell told tells telling inform informed informs assure assured assures warn warned warns remind reminded "
    "reminds urge urged urges ask asked asks promise promised promises advise advised advises email emailed emails".split()
)

OBJECT_PRONOUNS = frozenset("him her them us me you it everyone reporters journalists supporters colleagues".split())

SKIP_TIME = re.compile(
    r"^(?:(?:on|last|this|earlier|late|early|next)\s+(?:\w+\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|week|month|year|morning|afternoon|evening|night|weekend|day|time)s?(?:\s+(?:morning|afternoon|evening|night))?|"
    r"yesterday|today|tonight|recently|earlier|later|previously|again|also|repeatedly|"
    r"(?:in|on|at|during|via|through)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|"
    r"speech|letter|email|e-mail|post|tweet|video|podcast|op-ed|filing|report|briefing|conference|rally|meeting|"
    r"hearing|debate|event|appearance|address|message|release|blog|column|memo|call|session|broadcast|programme|"
    r"program|show)(?:\s+(?:with|to|on|at|for)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,5})?|"
    r"on\s+(?:twitter|x|facebook|instagram|tiktok|truth social|television|tv|radio|(?:[A-Z][\w.'’-]*\s*){1,4}))"
    r"\s*,?\s*",
    re.IGNORECASE,
)

DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

UNITS = "days?|weeks?|months?|years?|hours?|minutes?|decades?"

#: A time phrase at the end of the words before a cue ("… on Tuesday", "… last week", "… two weeks ago").
TIME_BEFORE = re.compile(
    rf"(?:^| )(?:(?:on|last|this|earlier|late|early|next) (?:\w+ )?(?:{DAYS}|week|month|year|morning|afternoon|"
    rf"evening|night|weekend)|on (?:{DAYS})|(?:(?:less|more) than |about |just |nearly |almost )?(?:a|an|one|two|three|"
    rf"four|five|six|seven|eight|nine|ten|several|a few|few|\d+) (?:{UNITS}) ago|yesterday|today|tonight)$"
)

#: First words of the time and channel phrases :data:`SKIP_TIME` matches.
TIME_STARTS = frozenset("on last this earlier late early next yesterday today tonight in at during via through".split())

#: Words between a subject and "to" + cue ("is likely to", "is set to", "is about to").
TO_LINKS = frozenset("likely unlikely set due about going able ready expected".split())

PARTICIPLES_AFTER_COMMA = frozenset({"adding", "saying", "noting", "arguing", "insisting", "claiming", "warning", "explaining", "stating", "telling", "writing", "suggesting", "admitting", "conceding", "accusing", "calling", "describing", "asking", "urging"})

# Before one of these, a cue word that can be a noun is a noun ("the state", "his comments").
NOUN_CONTEXT = frozenset(
    "the a an his her their its our my your this these those of in on for with by from about against "
    "such any every each no some first last new own".split()
)

# Belief and intention verbs whose complement is an infinitive ("wants to", "plans to").
TO_FRAME = frozenset("want plan intend hope seek aim vow pledge promise expect refuse decline threaten agree".split())

# Labelling verbs: the frame is a quotation later in the sentence ("called the plan “reckless”").
LABEL = frozenset("call describe label term dub brand characterize characterise refer portray".split())

# Cue forms whose noun reading is rare in news ("have a say"): never demoted.
CORE = frozenset("say says said tell tells told ask asks asked think thinks thought know knows see sees believe believes want wants".split())

# What "shows" or "finds" something without "that" ("polls show Ruiz leading"): a document or measurement.
DOCUMENT_WORDS = DOCUMENTS | frozenset(
    "analyses review reviews audit census numbers results records polling emails filings memo memos transcript "
    "transcripts footage video videos documents findings estimates projections tally count article articles "
    "book books memoir memoirs letter letters profile statement statements".split()
)

MORE_PREPOSITIONS = frozenset(
    "near across around behind outside inside against among amongst between beyond within about like including via "
    "through toward towards along amid amidst beside besides per than upon onto off across except despite".split()
)

#: Prepositions that never open a speaker's noun phrase ("Amid the row, …"): all of the above but those
#: that can open a quantity or a modifier ("About 40 percent said …", "Outside experts say …").
SCENE_PREPOSITIONS = (
    PREPOSITIONS
    | (MORE_PREPOSITIONS - frozenset("about around near like including per than off inside outside".split()))
    | frozenset({"throughout", "following"})
)

#: Participles that name the people a poll asked ("those surveyed say", "voters polled said").
POLLED = frozenset("surveyed polled questioned interviewed sampled asked contacted".split())

#: Words that open a new noun phrase (a subject) right after a noun.
NP_OPENERS = frozenset("the a an he she they we i you".split())

QUANTITY = frozenset("fewer more most both all many several".split())

DETERMINERS = frozenset("the a an his her their its our my your this these those such any every each no some".split())

CONTRACTIONS = frozenset("he's she's it's that's there's what's who's let's here's where's how's".split())

# Words that start an object or a clause after a verb.
OBJECT_STARTS = frozenset(
    "that to the a an his her their its our my your this these those him them us me he she they we i you it "
    "there whether if how why what who when where no not both".split()
)

CIRCUMSTANCE_STARTS = frozenset("in at on during after before from speaking earlier later last this since".split())

#: Before a speech gerund, these make the sentence's subject its speaker ("distanced himself by saying").
GERUND_LINKS = frozenset("by while after before without".split())

AFTER_NOUN = PREPOSITIONS | frozenset("and or like across than".split())

MODALS = frozenset("will would can could may might should must".split())  # "a tactic Democrats hope will work"

DAY_WORDS = frozenset(f"{DAYS}|last|this|earlier|yesterday|today|tonight|overnight".split("|"))

#: Words that open a short aside between a source and its cue ("Ruiz, though, said", "Hale, in turn, said").
ASIDES = frozenset("though however too meanwhile instead also in for then now still likewise similarly".split())

APPOSITION_START = frozenset("a an the one who whose which of".split())

BE = frozenset("be been being is are was were".split())

#: Participles whose passive reports speech or opinion ("was criticised by", "has been widely condemned");
#: others are states or events ("are worried", "will be added", "is supported by £2m").
PASSIVE_SPEECH = frozenset(
    "criticized criticised condemned described called told asked reported quoted cited accused praised announced "
    "confirmed denied said claimed alleged rumoured rumored understood believed thought expected estimated "
    "considered rejected dismissed attacked blamed questioned challenged urged warned advised informed branded "
    "labelled labeled dubbed hailed welcomed slammed lambasted derided mocked ridiculed decried denounced "
    "disputed contradicted rebuked chastised castigated assailed berated applauded endorsed recommended "
    "predicted projected forecast interviewed quizzed pressed".split()
)

ASK_LEAD = frozenset("when if after once".split())

ASK_NEXT = frozenset("whether if about what why how to who when where which for".split())
