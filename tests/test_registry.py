from __future__ import annotations

import math

import pandas as pd
import pytest

from framing.registry import MEASURES, REDUCERS, Column, measure


def test_a_measure_is_one_function_and_one_decorator() -> None:
    @measure(level="sentence", needs=("text",), register=False,
             columns=[Column("shout_bangs", "int", "Exclamation marks.", reduce=("sum", "mean"))])
    def shout(text, *, mark="!"):
        return {"shout_bangs": text.count(mark)}

    assert shout("Wow! Really!") == {"shout_bangs": 2}
    assert shout("Wow?", mark="?") == {"shout_bangs": 1}
    assert shout.options == {"mark": "!"}
    assert shout.article_columns() == ["shout_bangs_sum", "shout_bangs_mean"]
    assert shout.reduce(pd.DataFrame({"shout_bangs": [1, 3]})) == {"shout_bangs_sum": 4.0, "shout_bangs_mean": 2.0}
    assert "shout" not in MEASURES


@pytest.mark.parametrize(
    ("kwargs", "func", "message"),
    [
        ({"level": "paragraph", "needs": ("text",)}, lambda text: {}, "level must be one of"),
        ({"level": "sentence", "needs": ("html",)}, lambda html: {}, "unknown needs"),
        ({"level": "sentence", "needs": ("text",)}, lambda text, voice: {}, "must be exactly its needs"),
        ({"level": "sentence", "needs": ("text",)}, lambda text, *, k: {}, "keyword-only with defaults"),
        ({"level": "article", "needs": ("sentences",)}, lambda sentences: {}, "take no reducer"),
    ],
)
def test_bad_declarations_are_refused(kwargs, func, message) -> None:
    columns = [Column("bad_x", "float", "x", reduce=("mean",) if kwargs["level"] == "article" else ())]
    with pytest.raises(ValueError, match=message):
        measure(columns=columns, name="bad", register=False, **kwargs)(func)


def test_columns_must_carry_the_measure_prefix() -> None:
    with pytest.raises(ValueError, match="must start with 'tone_'"):
        measure(level="sentence", needs=("text",), name="tone", register=False,
                columns=[Column("sentiment_x", "float", "x")])(lambda text: {})


def test_undeclared_output_is_an_error() -> None:
    m = measure(level="sentence", needs=("text",), name="odd", register=False,
                columns=[Column("odd_a", "float", "a")])(lambda text: {"odd_a": 1.0, "odd_b": 2.0})
    with pytest.raises(RuntimeError, match="produced columns"):
        m("x")


@pytest.mark.parametrize(("dtype", "reduce"), [("decimal", ()), ("float", ("mode",))])
def test_bad_columns(dtype, reduce) -> None:
    with pytest.raises(ValueError):
        Column("m_x", dtype, "x", reduce=reduce)


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    [
        ("mean", [1.0, 3.0, float("nan")], 2.0),
        ("sum", [1, 2, 3], 6.0),
        ("share", [True, False, False, True], 0.5),
        ("max", [0.1, -0.5], 0.1),
        ("std", [2.0, 2.0], 0.0),
        ("mean", [], math.nan),
        ("share", [], math.nan),
        ("sum", [], 0.0),
    ],
)
def test_reducers(name, values, expected) -> None:
    got = REDUCERS[name](pd.Series(values, dtype=float))
    assert (math.isnan(got) and math.isnan(expected)) or got == pytest.approx(expected)
