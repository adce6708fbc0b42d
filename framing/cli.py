"""The ``framing`` command line: parse arguments, call one library function, write.

Exit codes: 0 success, 2 usage error, 3 some inputs were rejected (the rest were scored and written).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

import framing
from framing.io.read import DEFAULT_MAX_BYTES, Fields
from framing.io.write import FORMATS
from framing.score import Scores

EXIT_REJECTED = 3


def _summary(scores: Scores, console: Console, *, limit: int = 20) -> None:
    articles = scores.articles
    table = Table(title=f"{len(articles)} article(s) scored", title_justify="left")
    for name, justify in [("source", "left"), ("title", "left"), ("sentences", "right"), ("words", "right"),
                          ("tone (mean)", "right"), ("reading ease", "right")]:
        table.add_column(name, justify=justify, overflow="ellipsis", no_wrap=True)  # type: ignore[arg-type]

    def num(row: object, column: str, fmt: str) -> str:
        value = getattr(row, column, None)
        return "–" if value is None or value != value else format(value, fmt)

    for row in articles.head(limit).itertuples(index=False):
        title = row.title if isinstance(row.title, str) else ""
        table.add_row(
            str(row.source)[:24], title[:44] + ("…" if len(title) > 44 else ""), str(row.n_sentences),
            str(row.n_words), num(row, "sentiment_compound_mean", "+.2f"),
            num(row, "readability_flesch_reading_ease", ".0f"),
        )
    if len(articles) > limit:
        table.caption = f"… and {len(articles) - limit} more"
    console.print(table)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(framing.__version__, prog_name="framing")
def main() -> None:
    """framing: show how news articles frame their story."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "-o", "out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Directory for sentences.<fmt>, articles.<fmt> and run.json.")
@click.option("--demo", is_flag=True, help="Score the embedded demo corpus (in addition to PATHS).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="parquet", show_default=True)
@click.option("--measures", "measure_names", default=None,
              help="Comma-separated measures to run (default: all; see `framing measures`).")
@click.option("--id-column", default="id", show_default=True, help="Record field holding the article id.")
@click.option("--source-column", default="source", show_default=True, help="Record field holding the source.")
@click.option("--title-column", default="title", show_default=True, help="Record field holding the title.")
@click.option("--text-column", default="text", show_default=True, help="Record field holding the text.")
@click.option("--published-column", default="published", show_default=True, help="Record field holding the date.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Reject articles larger than this many bytes.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print the summary table.")
def score(paths: tuple[Path, ...], out: Path, demo: bool, fmt: str, measure_names: str | None,
          id_column: str, source_column: str, title_column: str, text_column: str,
          published_column: str, max_bytes: int, quiet: bool) -> None:
    """Score articles in PATHS (files or directories: .txt .md .html .jsonl .csv) into tables."""
    inputs: list[Path] = list(paths) + ([framing.demo_corpus()] if demo else [])
    if not inputs:
        raise click.UsageError("give at least one PATH, or --demo for the embedded demo corpus")
    names = [n.strip() for n in measure_names.split(",") if n.strip()] if measure_names else None
    fields = Fields(id=id_column, source=source_column, title=title_column, text=text_column,
                    published=published_column)
    try:
        scores = framing.score(inputs, measures=names, fields=fields, max_bytes=max_bytes)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    scores.run["command"] = ["framing", *sys.argv[1:]]
    written = scores.save(out, format=fmt)
    err = Console(stderr=True, highlight=False)
    for r in scores.rejected:
        where = f"{r['path']}:{r['line']}" if r["line"] is not None else r["path"]
        err.print(f"[bold red]rejected[/] {where}: {r['reason']}", markup=True, soft_wrap=True)
    if not quiet:
        _summary(scores, Console(highlight=False))
    n_rej = len(scores.rejected)
    click.echo(
        f"{len(scores.articles)} article(s), {len(scores.sentences)} sentence(s) scored; "
        f"{n_rej} input(s) rejected; wrote {', '.join(str(p) for p in written)}",
        err=n_rej > 0,
    )
    if n_rej:
        sys.exit(EXIT_REJECTED)


@main.command("measures")
def list_measures() -> None:
    """List the registered measures and the columns each produces."""
    console = Console(highlight=False)
    for m in framing.MEASURES.values():
        console.print(f"[bold]{m.name}[/] ({m.level}, v{m.version}) — {m.description}")
        for c in m.columns:
            reduce = f" → article: {', '.join(c.reduced_names())}" if c.reduce else ""
            console.print(f"  {c.name} [{c.dtype}]: {c.description}{reduce}", soft_wrap=True)


if __name__ == "__main__":  # pragma: no cover
    main()
