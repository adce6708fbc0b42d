"""The measure registry: one decorator declares a measure's level, needs and columns.

A measure is a pure function. Its positional-or-keyword parameters are its *needs* (fields of the
sentence or article it reads); its keyword-only parameters (with defaults) are its *options*. It returns
a mapping from column name to value, and the registry checks that the columns are exactly the declared
ones. Sentence columns declare how the article table aggregates them (``reduce``).

Adding a measure is one function and one ``@measure(...)`` line in a module under
:mod:`framing.measures`; the scorer, the CLI and the tables pick it up from the registry.

Example:
    >>> from framing.registry import Column, measure
    >>> @measure(level="sentence", needs=("text",), columns=[
    ...     Column("shout_exclamations", "int", "Number of '!' in the sentence.", reduce=("sum",))],
    ...     register=False)
    ... def shout(text):
    ...     return {"shout_exclamations": text.count("!")}
    >>> shout.columns[0].name
    'shout_exclamations'
"""

from __future__ import annotations

import functools
import inspect
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "ARTICLE_NEEDS",
    "Column",
    "LEVELS",
    "MEASURES",
    "Measure",
    "REDUCERS",
    "SENTENCE_NEEDS",
    "measure",
]

LEVELS = ("sentence", "article")

#: Fields a sentence-level measure may ask for (attributes of :class:`framing.types.Sentence`).
#: ``vader`` is VADER's scores of the sentence, computed once per sentence for every measure that
#: asks (:attr:`framing.types.Sentence.vader`).
SENTENCE_NEEDS = frozenset(
    {"text", "block", "paragraph", "voice", "quotes", "emphasis", "sentence", "vader"}
)
#: Fields an article-level measure may ask for.
#: ``sentences`` is the tuple of :class:`~framing.types.Sentence`; ``table`` is the article's rows of
#: the sentence table (with the sentence measures' columns), a DataFrame; ``columns`` is the same
#: sentence-measure columns without pandas, a dict from column name to its list of values (one per
#: sentence), which is cheaper to build; ``article`` is the :class:`~framing.types.Article`; ``title``
#: is its (possibly detected) title; ``attributions`` is the tuple of
#: :class:`~framing.types.Attribution` relations.
ARTICLE_NEEDS = frozenset({"article", "sentences", "table", "columns", "title", "attributions"})

DTYPES = ("float", "int", "bool", "str", "json")


Values = pd.Series | np.ndarray | Sequence[Any]


def _floats(values: Values) -> tuple[np.ndarray, np.ndarray]:
    """``(array, missing)``: the values as float64 with missing ones (None, NaN, NA) set to 0, and the
    mask of the missing ones. Zero-filling and summing is how pandas skips missing values, so the
    reducers give pandas' results to the last bit."""
    if isinstance(values, pd.Series):
        array = values.to_numpy(dtype=np.float64, na_value=np.nan)
    else:
        array = np.array(values, dtype=np.float64)  # None becomes NaN
    missing = np.isnan(array)
    if missing.any():
        array = np.where(missing, 0.0, array)
    return array, missing


def _mean(values: Values) -> float:
    array, missing = _floats(values)
    count = array.size - int(missing.sum())
    return float(array.sum() / count) if count else math.nan


def _std(values: Values) -> float:
    """Population standard deviation (``ddof=0``)."""
    array, missing = _floats(values)
    count = array.size - int(missing.sum())
    if not count:
        return math.nan
    squares = (array.sum() / count - array) ** 2
    squares[missing] = 0.0
    return float(np.sqrt(squares.sum() / count))


def _present(values: Values) -> np.ndarray:
    array, missing = _floats(values)
    return array[~missing]


def _sum(values: Values) -> float:
    return float(_floats(values)[0].sum())


def _share(values: Values) -> float:
    present = _present(values)
    return float((present != 0).mean()) if present.size else math.nan


#: Named reducers from a sentence column (a Series, an array or a list; ``bool`` counts as 0/1) to an
#: article value. Missing values are skipped; empty input gives NaN (``sum`` gives 0).
REDUCERS: Mapping[str, Callable[[Values], Any]] = {
    "mean": _mean,
    "median": lambda v: float(np.median(p)) if (p := _present(v)).size else math.nan,
    "std": _std,
    "min": lambda v: float(p.min()) if (p := _present(v)).size else math.nan,
    "max": lambda v: float(p.max()) if (p := _present(v)).size else math.nan,
    "sum": _sum,
    "share": _share,
}


@dataclass(frozen=True)
class Column:
    """A column a measure produces.

    Attributes:
        name: Column name; must start with the measure's name and an underscore.
        dtype: One of ``float``, ``int``, ``bool``, ``str``, ``json`` (lists/dicts).
        description: What the value means, with its direction ("higher = more loaded").
        reduce: For sentence columns, the reducers (keys of :data:`REDUCERS`) that make article
            columns named ``<name>_<reducer>``.
    """

    name: str
    dtype: str
    description: str
    reduce: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.dtype not in DTYPES:
            raise ValueError(f"column {self.name!r}: dtype must be one of {DTYPES}, not {self.dtype!r}")
        unknown = set(self.reduce) - set(REDUCERS)
        if unknown:
            raise ValueError(f"column {self.name!r}: unknown reducers {sorted(unknown)}")
        object.__setattr__(self, "reduce", tuple(self.reduce))

    def reduced_names(self) -> list[str]:
        """Names of the article columns this sentence column is reduced to."""
        return [f"{self.name}_{r}" for r in self.reduce]


@dataclass(frozen=True)
class Measure:
    """A registered measure (built by :func:`measure`; call it like the function it wraps)."""

    name: str
    level: str
    needs: tuple[str, ...]
    columns: tuple[Column, ...]
    func: Callable[..., Mapping[str, Any]] = field(repr=False)
    version: str = "1"
    resources: tuple[str, ...] = ()
    description: str = ""
    batched: bool = False
    prefix: str = ""

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def options(self) -> dict[str, Any]:
        """Keyword-only options and their defaults."""
        params = inspect.signature(self.func).parameters.values()
        return {p.name: p.default for p in params if p.kind is p.KEYWORD_ONLY}

    def article_columns(self) -> list[str]:
        """Columns this measure adds to the article table."""
        if self.level == "article":
            return self.column_names
        return [name for c in self.columns for name in c.reduced_names()]

    def __call__(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        result = self.func(*args, **kwargs)
        produced = list(result)
        if produced != self.column_names:
            raise RuntimeError(
                f"measure {self.name!r} produced columns {produced}, declared {self.column_names}"
            )
        return dict(result)

    def call_batch(self, n: int, **kwargs: Any) -> list[dict[str, Any]]:
        """Run a sentence measure on ``n`` sentences; ``kwargs`` hold one sequence per need.

        A batched measure receives the sequences and returns one sequence per column; an unbatched
        one is called once per sentence. A need the function has no parameter for is not passed (a
        stand-in function given to ``Measure(...)`` by hand may take fewer than the declared needs;
        :func:`measure` makes every registered function take all of them).
        """
        options = {k: v for k, v in kwargs.items() if k not in self.needs}
        needs = [k for k in self.needs if _takes(self.func, k)]
        if not self.batched:
            return [self(**{k: kwargs[k][i] for k in needs}, **options) for i in range(n)]
        columns = self(**{k: kwargs[k] for k in needs}, **options)
        for name, values in columns.items():
            if len(values) != n:
                raise RuntimeError(f"measure {self.name!r}: column {name!r} has {len(values)} values for {n} sentences")
        names = self.column_names
        return [{name: columns[name][i] for name in names} for i in range(n)]

    def reduce(self, table: pd.DataFrame | Mapping[str, Values]) -> dict[str, Any]:
        """Aggregate this (sentence-level) measure's columns of one article's rows.

        Args:
            table: The article's sentence table, or a mapping from column name to its values.
        """
        out: dict[str, Any] = {}
        for column in self.columns:
            values = table[column.name] if column.name in table else []
            for r in column.reduce:
                out[f"{column.name}_{r}"] = REDUCERS[r](values)
        return out


@functools.lru_cache(maxsize=None)
def _takes(func: Callable[..., Any], name: str) -> bool:
    """``func`` has a parameter ``name`` (or takes any keyword)."""
    params = inspect.signature(func).parameters
    return name in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


#: All registered measures by name, in registration order.
MEASURES: dict[str, Measure] = {}


def measure(
    *,
    level: str,
    needs: Sequence[str],
    columns: Sequence[Column],
    name: str | None = None,
    version: str = "1",
    resources: Sequence[str] = (),
    batched: bool = False,
    prefix: str | None = None,
    register: bool = True,
) -> Callable[[Callable[..., Mapping[str, Any]]], Measure]:
    """Register a measure function.

    Args:
        level: ``sentence`` (called once per sentence) or ``article`` (once per article).
        needs: The fields the function reads, which must be its leading parameters, in order.
        columns: The columns it returns, each prefixed ``<name>_``.
        name: Measure name; default: the function's name.
        version: Bump when the output for the same input changes (it keys stored results).
        resources: Names of data files it depends on (see :mod:`framing.resources`), hashed into the
            run metadata.
        batched: A sentence measure that takes a sequence per need (all sentences of an article) and
            returns a sequence per column, e.g. to run a classifier once per article.
        prefix: Column prefix; default: the measure's name. Lets a sentence and an article measure of
            one family share a prefix (``loaded`` and ``loaded_article`` both write ``loaded_*``).
        register: Add to :data:`MEASURES` (``False`` for tests and examples).
    """

    def decorate(func: Callable[..., Mapping[str, Any]]) -> Measure:
        mname = name or func.__name__
        if level not in LEVELS:
            raise ValueError(f"measure {mname!r}: level must be one of {LEVELS}")
        allowed = SENTENCE_NEEDS if level == "sentence" else ARTICLE_NEEDS
        bad = set(needs) - allowed
        if bad:
            raise ValueError(f"measure {mname!r}: unknown needs {sorted(bad)}; allowed: {sorted(allowed)}")
        params = list(inspect.signature(func).parameters.values())
        positional = [p.name for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        if positional != list(needs):
            raise ValueError(f"measure {mname!r}: parameters {positional} must be exactly its needs {list(needs)}")
        if any(p.kind is p.KEYWORD_ONLY and p.default is p.empty for p in params):
            raise ValueError(f"measure {mname!r}: options must be keyword-only with defaults")
        if batched and level != "sentence":
            raise ValueError(f"measure {mname!r}: only sentence measures can be batched")
        mprefix = prefix or mname
        for column in columns:
            if not column.name.startswith(mprefix + "_"):
                raise ValueError(f"measure {mname!r}: column {column.name!r} must start with {mprefix + '_'!r}")
            if level == "article" and column.reduce:
                raise ValueError(f"measure {mname!r}: article columns take no reducer")
        names = [c.name for c in columns]
        if len(set(names)) != len(names):
            raise ValueError(f"measure {mname!r}: duplicate columns")
        doc = inspect.getdoc(func) or ""
        m = Measure(
            name=mname,
            level=level,
            needs=tuple(needs),
            columns=tuple(columns),
            func=func,
            version=version,
            resources=tuple(resources),
            description=doc.split("\n\n", 1)[0].replace("\n", " "),
            batched=batched,
            prefix=mprefix,
        )
        if register:
            if mname in MEASURES and MEASURES[mname].func is not func:
                raise ValueError(f"a measure named {mname!r} is already registered")
            taken = {c for other in MEASURES.values() if other.name != mname for c in other.column_names + other.article_columns()}
            clash = (set(names) | set(m.article_columns())) & taken
            if clash:
                raise ValueError(f"measure {mname!r}: columns {sorted(clash)} are produced by another measure")
            MEASURES[mname] = m
        return m

    return decorate

