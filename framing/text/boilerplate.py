"""Page boilerplate: lines that belong to the web page around an article, not to the article.

Scraped and copy-pasted news carries share buttons, comment prompts, newsletter sign-ups, contact
lines, bylines and navigation labels. framing drops such *whole lines* before splitting sentences and
records each one (rule, text, offsets) in the run metadata, so nothing disappears silently.

The rules are deliberately conservative: a rule only matches a short line whose whole purpose is page
furniture. A sentence of the story that happens to mention a newsletter is kept.
"""

from __future__ import annotations

import itertools
import re

__all__ = ["RULES", "boilerplate_rule", "is_byline"]

_SHARE_WORDS = frozenset(
    """share this article story post page on via facebook twitter x linkedin whatsapp email e-mail
    print copy link tweet reddit pinterest messenger telegram flipboard bluesky threads mastodon
    comments comment save""".split()
)
_WORD = re.compile(r"[a-z][a-z-]*")
_NETWORKS = frozenset("facebook twitter linkedin whatsapp reddit pinterest telegram flipboard bluesky".split())

# (rule name, pattern searched in the stripped line, maximum words for the line to count)
RULES: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("comment-form", re.compile(r"your e-?mail address will not be published|required fields are marked|"
                                r"^(name|e-?mail|website|comment)\s*\*$", re.I), 40),
    ("byline", re.compile(r"^(posted|published|written|updated|last updated)( by| on| at)?\s.{0,100}$|"
                          r"\b\d+\s*min(ute)?s? read\b", re.I), 16),
    ("comments", re.compile(r"^(leave a (comment|reply)|\d+\s+comments?|comments?|view comments|"
                            r"join the (conversation|discussion)|(add|post) a comment|"
                            r"show comments|comment on this (article|story))\W*$", re.I), 8),
    ("newsletter", re.compile(r"\bnewsletters?\b.*\b(sign[ -]?up|subscribe|inbox)\b|"
                              r"\b(sign[ -]?up|subscribe)\b.*\bnewsletters?\b|^(sign[ -]?up|subscribe)( here| now| today)?\W*$", re.I), 45),
    ("email-protected", re.compile(r"\[\s*email(?:\s|\u00a0|&#160;)*protected\s*\]", re.I), 60),
    ("contact", re.compile(r"^(want|would you like) to (contact|get in touch with|reach)\b.{0,80}\?", re.I), 60),
    ("navigation", re.compile(r"^(related( articles| stories)?|see also|read more|also read|more on this)\s*:", re.I), 40),
    ("navigation", re.compile(r"^(topics covered|related (articles|stories|topics|content)|read more|"
                              r"more on this story|most read|recommended( for you| reading)?|also read|"
                              r"advertisement|sponsored( content)?|skip to (main )?content|"
                              r"table of contents|you may also like|trending( now)?|latest news|"
                              r"follow us( on .*)?|click here( to .*)?)\W*$", re.I), 10),
    ("copyright", re.compile(r"^(copyright|©|\(c\))\s|all rights reserved", re.I), 25),
    ("image-credit", re.compile(r"^(image|photo|picture|photograph)( credit)?\s*:|\((getty images|reuters|ap|pa)\)$", re.I), 25),
)

_BYLINE = re.compile(r"^[Bb][Yy]\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al))*\s*$")


def _is_share_line(line: str) -> bool:
    lowered = line.lower()
    words = [m.group() for m in itertools.islice(_WORD.finditer(lowered), 9)]  # nine: already too many
    if not words or len(words) > 8 or not all(w in _SHARE_WORDS for w in words):
        return False
    return "share" in words or sum(w in _NETWORKS for w in words) >= 2 or words in (["tweet"], ["print"])


def is_byline(line: str) -> bool:
    """True for a line such as "By Jane Smith" (at most six words, capitalised name)."""
    stripped = line.strip()
    return len(stripped.split()) <= 6 and bool(_BYLINE.match(stripped))


def boilerplate_rule(line: str) -> str | None:
    """Return the name of the boilerplate rule a line matches, or ``None`` for article text.

    Args:
        line: One line of an article, as given (it is stripped here).

    Examples:
        >>> boilerplate_rule("Share This Article")
        'share'
        >>> boilerplate_rule("Leave a Reply")
        'comments'
        >>> boilerplate_rule("The council will share the cost with the county.") is None
        True
    """
    stripped = line.strip()
    if not stripped:
        return None
    if _is_share_line(stripped):
        return "share"
    if is_byline(stripped):
        return "byline"
    n_words = len(stripped.split())
    for name, pattern, max_words in RULES:
        if n_words <= max_words and pattern.search(stripped):
            return name
    return None
