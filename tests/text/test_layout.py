from __future__ import annotations

import pytest

from framing.text.layout import parse_layout


def kinds(text: str, title: str | None = None) -> list[tuple[str, str]]:
    layout = parse_layout(text, title=title)
    return [(b.kind, text[b.start : b.end]) for b in layout.blocks]


def test_markdown_blocks_keep_content_offsets() -> None:
    text = (
        "# Council approves plan\n\n"
        "The council voted on Tuesday.\n\n"
        "## What happens next\n"
        "- First point.\n"
        "* Second point\n"
        "1. Third point\n"
        "| Key | Value |\n"
        "|---|---|\n"
        "| Cost | £3.2m |\n"
        "Work starts in June.\n"
    )
    assert kinds(text) == [
        ("headline", "Council approves plan"),
        ("paragraph", "The council voted on Tuesday."),
        ("subheading", "What happens next"),
        ("bullet", "First point."),
        ("bullet", "Second point"),
        ("bullet", "Third point"),
        ("table", "| Key | Value |"),
        ("table", "| Cost | £3.2m |"),
        ("paragraph", "Work starts in June."),
    ]


def test_table_rows_share_one_paragraph_index() -> None:
    layout = parse_layout("Intro text here.\n| a | b |\n|---|---|\n| c | d |\nAfter.")
    paragraphs = [(b.kind, b.paragraph) for b in layout.blocks]
    assert paragraphs == [("paragraph", 0), ("table", 1), ("table", 1), ("paragraph", 2)]


@pytest.mark.parametrize(
    ("text", "title", "first_kind"),
    [
        ("London’s Grooming Gang Cases ‘Far More Complex,’ Says Mayor\n\nBody text here.", None, "headline"),
        ("A new investigation reveals troubling evidence.\n\nTopics covered\nBody.", None, "headline"),
        ("Council approves plan\nThe council voted.", "Council approves plan", "headline"),
        # negatives
        ("Fresh revelations have reignited a debate. Critics demand answers.\nMore text.", None, "paragraph"),
        ("The council voted on Tuesday.\nMore text.", "A different title", "paragraph"),
        ("By Staff\nThe council voted.", None, "paragraph"),
    ],
)
def test_headline_detection(text: str, title: str | None, first_kind: str) -> None:
    assert kinds(text, title)[0][0] == first_kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Political fallout at City Hall as Sadiq Khan faces scrutiny", "subheading"),
        ("What happens next?", "subheading"),
        ("Wrapping Up", "subheading"),
        # negatives
        ("“We had 1,200 people sign a petition,” he added. “Twelve hundred.”", "paragraph"),
        ("Eighteen months!", "paragraph"),
        ("This must include:", "paragraph"),
        ("the lower-case start of a line", "paragraph"),
    ],
)
def test_subheading_detection(line: str, kind: str) -> None:
    text = f"The first paragraph is a full sentence.\n{line}\nA closing paragraph follows here."
    assert kinds(text)[1] == (kind, line)


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    text = "The council voted on Tuesday to approve\nthe scheme, which costs £3.2m.\nA new paragraph."
    assert [k for k, _ in kinds(text)] == ["paragraph", "paragraph"]
    assert kinds(text)[0][1] == "The council voted on Tuesday to approve\nthe scheme, which costs £3.2m."


def test_boilerplate_is_dropped_and_recorded() -> None:
    text = "Story sentence one.\nStaff\nBy Staff\nStory sentence two.\nShare This Article\nLeave a Reply\n"
    layout = parse_layout(text)
    assert [text[b.start : b.end] for b in layout.blocks] == ["Story sentence one.", "Story sentence two."]
    assert [(d.rule, d.text) for d in layout.dropped] == [
        ("byline", "Staff"),
        ("byline", "By Staff"),
        ("share", "Share This Article"),
        ("comments", "Leave a Reply"),
    ]
    for d in layout.dropped:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "#", "|", "- ", "***"])
def test_degenerate_text_never_raises(text: str) -> None:
    parse_layout(text)


def test_windows_line_endings() -> None:
    text = "Headline Here\r\n\r\nFirst sentence.\r\n- a bullet\r\n"
    assert kinds(text) == [("headline", "Headline Here"), ("paragraph", "First sentence."), ("bullet", "a bullet")]
