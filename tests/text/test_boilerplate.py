from __future__ import annotations

import pytest

from framing.text.boilerplate import boilerplate_rule, is_byline


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Share This Article", "share"),
        ("Facebook Twitter WhatsApp Email", "share"),
        ("Leave a comment", "comments"),
        ("Leave a Reply", "comments"),
        ("Your email address will not be published. Required fields are marked *", "comment-form"),
        ("Name *", "comment-form"),
        ("Sign up to our Borough Politics newsletter for the latest news delivered straight to your inbox. Sign up HERE", "newsletter"),
        ("Want to contact Priya about this story? Please email [email protected] or Signal +447700900123", "email-protected"),
        ("Want to contact our reporter about this story?", "contact"),
        ("Topics covered", "navigation"),
        ("Related: Parking Charges 2026 | Best Cafes On Kingsway | Bin Collection Dates", "navigation"),
        ("By Staff", "byline"),
        ("By Jane Smith and Tom Jones", "byline"),
        ("Posted by LocalNewsHub Staff | 12 March 2026 | 4 min read", "byline"),
        ("© 2026 Vale Media. All rights reserved.", "copyright"),
        # negatives: story text that mentions the same words
        ("The council will share the cost with the county.", None),
        ("Residents can sign up for the consultation until Friday, the council said.", None),
        ("She said the newsletter had been sent to every household in the borough last week, before the vote.", None),
        ("By the end of the year, 9,000 cases will have been reviewed.", None),
        ("Critics say shops will suffer.", None),
        ("Comments from the mayor were criticised by the opposition.", None),
        ("", None),
    ],
)
def test_boilerplate_rule(line: str, rule: str | None) -> None:
    assert boilerplate_rule(line) == rule


@pytest.mark.parametrize(("line", "expected"), [("By Staff", True), ("by the river", False), ("By 2030 we will", False)])
def test_is_byline(line: str, expected: bool) -> None:
    assert is_byline(line) is expected
