"""The ``framing`` command line: parse arguments, call one library function, write.

Exit codes: 0 success, 2 usage error, 3 some inputs were rejected (the rest were scored and written).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

import framing
from framing.batch.engines import ENGINES
from framing.batch.queries import PRESETS
from framing.batch.run import DEFAULT_BATCH_SIZE
from framing.batch.store import DEFAULT_DB_MEMORY
from framing.io.read import DEFAULT_MAX_BYTES, Fields
from framing.io.write import FORMATS, write_jsonl, write_table
from framing.score import Scores

EXIT_REJECTED = 3


def _summary(scores: Scores, console: Console, *, limit: int = 20) -> None:
    articles = scores.articles
    table = Table(title=f"{len(articles)} article(s) scored", title_justify="left",
                  caption="loaded/1k: author-voice loaded terms per 1,000 words; tone: mean VADER compound "
                          "per sentence; ease: Flesch reading ease", caption_justify="left")
    for name, justify in [("source", "left"), ("title", "left"), ("sentences", "right"), ("words", "right"),
                          ("loaded/1k", "right"), ("tone", "right"), ("ease", "right")]:
        table.add_column(name, justify=justify, overflow="ellipsis", no_wrap=True, min_width=len(name))  # type: ignore[arg-type]

    def num(row: object, column: str, fmt: str) -> str:
        value = getattr(row, column, None)
        return "–" if value is None or value != value else format(value, fmt)

    for row in articles.head(limit).itertuples(index=False):
        title = row.title if isinstance(row.title, str) else ""
        table.add_row(
            str(row.source)[:22], title[:36] + ("…" if len(title) > 36 else ""), str(row.n_sentences),
            str(row.n_words), num(row, "loaded_per_1k_author", ".1f"), num(row, "sentiment_compound_mean", "+.2f"),
            num(row, "readability_flesch_reading_ease", ".0f"),
        )
    if len(articles) > limit:
        table.caption = f"… and {len(articles) - limit} more; " + str(table.caption)
    console.print(table)


def _report_rejected(rejected: list[dict[str, Any]]) -> None:
    err = Console(stderr=True, highlight=False)
    for r in rejected:
        where = f"{r['path']}:{r['line']}" if r["line"] is not None else r["path"]
        err.print(f"[bold red]rejected[/] {where}: {r['reason']}", markup=True, soft_wrap=True)


def _input_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options that say how to read article records (shared by the commands that score)."""
    options = [
        click.option("--id-column", default="id", show_default=True, help="Record field holding the article id."),
        click.option("--source-column", default="source", show_default=True, help="Record field holding the source."),
        click.option("--title-column", default="title", show_default=True, help="Record field holding the title."),
        click.option("--text-column", default="text", show_default=True, help="Record field holding the text."),
        click.option("--published-column", default="published", show_default=True,
                     help="Record field holding the date."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                     help="Reject articles larger than this many bytes."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _score_inputs(paths: tuple[Path, ...], demo: bool, measure_names: str | None, *, id_column: str,
                  source_column: str, title_column: str, text_column: str, published_column: str,
                  max_bytes: int) -> Scores:
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
    return scores


class _Main(click.Group):
    """The command group; a model that needs an extra which is not installed is a clear error."""

    def invoke(self, ctx: click.Context):
        from framing.classify.embedding import EmbeddingUnavailable

        try:
            return super().invoke(ctx)
        except EmbeddingUnavailable as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(framing.__version__, prog_name="framing")
def main() -> None:
    """framing: show how news articles frame their story."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "-o", "out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Directory for sentences.<fmt>, articles.<fmt> … and run.json; with --db, the score tables "
                   "are exported there as Parquet datasets (<table>/part-*.parquet) at the end.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="DuckDB store: stream the inputs in batches, skip articles already scored, resume after a "
                   "crash (see README, 'Scaling out').")
@click.option("--demo", is_flag=True, help="Score the embedded demo corpus (in addition to PATHS).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="parquet", show_default=True)
@click.option("--measures", "measure_names", default=None,
              help="Comma-separated measures to run (default: all; see `framing measures`).")
@_input_options
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="With --db: worker processes (or local Dask workers).")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="With --db: run batches in local processes or on a Dask cluster.")
@click.option("--scheduler", default=None, help="With --engine dask: the scheduler address (tcp://host:8786); "
              "default: start a local cluster of --jobs workers.")
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="With --db: articles per batch (one transaction each); memory grows with it.")
@click.option("--log-every", type=click.FloatRange(min=0), default=10.0, show_default=True,
              help="With --db and no terminal: seconds between progress log lines.")
@click.option("--db-memory", default=DEFAULT_DB_MEMORY, show_default=True,
              help="With --db: DuckDB's memory limit in this process (e.g. 512MB, 1GB); raise it if a very "
                   "large store fails a checkpoint ('could not allocate block').")
@click.option("--quiet", "-q", is_flag=True, help="Do not print the summary table.")
def score(paths: tuple[Path, ...], out: Path | None, db: Path | None, demo: bool, fmt: str,
          measure_names: str | None, jobs: int, engine: str, scheduler: str | None, batch_size: int,
          log_every: float, db_memory: str, quiet: bool, **fields: str | int) -> None:
    """Score articles in PATHS (files or directories: .txt .md .html .jsonl[.gz] .csv .parquet) into tables."""
    if db is not None:
        _score_to_store(paths, db, out, demo, fmt, measure_names, jobs=jobs, engine=engine, scheduler=scheduler,
                        batch_size=batch_size, log_every=log_every, db_memory=db_memory, **fields)
        return
    if out is None:
        raise click.UsageError("give --out DIR (tables in memory, for a handful to thousands of articles) "
                               "or --db FILE (a resumable store, for any number)")
    if jobs > 1 or engine != "local" or scheduler:
        raise click.UsageError("--jobs, --engine and --scheduler need --db (the run's store)")
    scores = _score_inputs(paths, demo, measure_names, **fields)
    written = scores.save(out, format=fmt)
    _report_rejected(scores.rejected)
    if not quiet:
        _summary(scores, Console(highlight=False, width=max(120, Console().width)))
    n_rej = len(scores.rejected)
    click.echo(
        f"{len(scores.articles)} article(s), {len(scores.sentences)} sentence(s) scored; "
        f"{n_rej} input(s) rejected; wrote {', '.join(str(p) for p in written)}",
        err=n_rej > 0,
    )
    if n_rej:
        sys.exit(EXIT_REJECTED)


def _score_to_store(paths: tuple[Path, ...], db: Path, out: Path | None, demo: bool, fmt: str,
                    measure_names: str | None, *, jobs: int, engine: str, scheduler: str | None, batch_size: int,
                    log_every: float, db_memory: str, id_column: str, source_column: str, title_column: str, text_column: str,
                    published_column: str, max_bytes: int) -> None:
    from framing.batch import run_batch
    from framing.batch.progress import progress_display

    inputs: list[Path] = list(paths) + ([framing.demo_corpus()] if demo else [])
    if not inputs:
        raise click.UsageError("give at least one PATH, or --demo for the embedded demo corpus")
    if out is not None and fmt != "parquet":
        raise click.UsageError("with --db, --out exports Parquet only")
    names = [n.strip() for n in measure_names.split(",") if n.strip()] if measure_names else None
    fields = Fields(id=id_column, source=source_column, title=title_column, text=text_column,
                    published=published_column)
    try:
        with progress_display(log_every=log_every) as progress:
            result = run_batch(inputs, db=db, out=out, measures=names, fields=fields, max_bytes=max_bytes,
                               batch_size=batch_size, jobs=jobs, engine=engine, scheduler=scheduler,
                               progress=progress, command=["framing", *sys.argv[1:]], db_memory=db_memory)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    _report_rejected(result.rejections)
    if result.rejected > len(result.rejections):
        click.echo(f"… {result.rejected - len(result.rejections)} more: SELECT * FROM rejected "
                   f"WHERE run_id = {result.run_id}", err=True)
    rate = (result.scored + result.skipped) / result.seconds if result.seconds else 0.0
    exported = f"; exported {', '.join(str(p) for p in result.exported)}" if result.exported else ""
    click.echo(
        f"run {result.run_id}: {result.scored:,} article(s) scored, {result.skipped:,} already scored (skipped), "
        f"{result.rejected:,} rejected; {result.sentences:,} sentence(s) in {result.seconds:.1f} s "
        f"({rate:,.1f} articles/s); store {db}{exported}",
        err=result.rejected > 0,
    )
    if result.rejected:
        sys.exit(EXIT_REJECTED)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "-o", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The HTML report to write (e.g. reports/story.html).")
@click.option("--pdf", "pdf", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also print the report to this PDF file.")
@click.option("--title", default=None, help="Report title (default: 'Framing report: N articles').")
@click.option("--by", type=click.Choice(["source", "article_id"]), default="source", show_default=True,
              help="Compare sources (an outlet's articles pooled) or single articles.")
@click.option("--demo", is_flag=True, help="Report on the embedded demo corpus (in addition to PATHS).")
@click.option("--measures", "measure_names", default=None,
              help="Comma-separated measures to run (default: all); sections of measures not run are left out.")
@_input_options
def report(paths: tuple[Path, ...], out: Path, pdf: Path | None, title: str | None, by: str, demo: bool,
           measure_names: str | None, **fields: str | int) -> None:
    """Compare the articles in PATHS (one story, several sources) in a self-contained HTML report."""
    from framing.compare import compare
    from framing.report import write_report

    scores = _score_inputs(paths, demo, measure_names, **fields)
    if scores.articles.empty:
        _report_rejected(scores.rejected)
        raise click.ClickException("no article could be read; nothing to report")
    written = write_report(scores, out, title=title, pdf=pdf, comparison=compare(scores, by=by))
    _report_rejected(scores.rejected)
    n_rej = len(scores.rejected)
    click.echo(f"{len(scores.articles)} article(s) compared; {n_rej} input(s) rejected; "
               f"wrote {', '.join(str(p) for p in written)}", err=n_rej > 0)
    if n_rej:
        sys.exit(EXIT_REJECTED)


@main.command("attributions")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "-o", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="JSONL file: one JSON object per attribution relation.")
@click.option("--demo", is_flag=True, help="Use the embedded demo corpus (in addition to PATHS).")
@click.option("--text-column", default="text", show_default=True, help="Record field holding the text.")
@click.option("--id-column", default="id", show_default=True, help="Record field holding the article id.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Reject articles larger than this many bytes.")
def attributions(paths: tuple[Path, ...], out: Path, demo: bool, text_column: str, id_column: str, max_bytes: int) -> None:
    """Write every attribution relation (who is quoted or paraphrased, by which cue) in PATHS as JSONL.

    Fields: article_id, kind, cue_text, cue_start, cue_end, source_text, source_start, source_end,
    content_start, content_end (and content_spans), speaker, verb_class, source_type, party. Offsets
    point into the original file text, end exclusive; null where a part is absent.
    """
    inputs: list[Path] = list(paths) + ([framing.demo_corpus()] if demo else [])
    if not inputs:
        raise click.UsageError("give at least one PATH, or --demo for the embedded demo corpus")
    scores = framing.score(inputs, measures=[], fields=Fields(id=id_column, text=text_column), max_bytes=max_bytes)
    write_jsonl(scores.attributions, out)
    _report_rejected(scores.rejected)
    click.echo(f"{len(scores.attributions)} attribution(s) in {len(scores.articles)} article(s); "
               f"{len(scores.rejected)} input(s) rejected; wrote {out}", err=bool(scores.rejected))
    if scores.rejected:
        sys.exit(EXIT_REJECTED)


@main.command("query")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("sql", required=False)
@click.option("--preset", "-p", type=click.Choice(sorted(PRESETS)), default=None, help="A ready-made query.")
@click.option("--list", "list_presets", is_flag=True, help="Show the ready-made queries and their SQL.")
@click.option("--csv", "csv_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the result to this CSV file instead of printing it.")
def query_store(db: Path, sql: str | None, preset: str | None, list_presets: bool, csv_out: Path | None) -> None:
    """Query a score store made by `framing score --db`: SQL, or --preset NAME (see --list)."""
    from framing.batch.queries import query

    console = Console(highlight=False, soft_wrap=True)
    if list_presets:
        for name, p in PRESETS.items():
            console.print(f"[bold]{name}[/]: {p.description}")
            console.print(p.sql + ";\n", markup=False)
        return
    if (sql is None) == (preset is None):
        raise click.UsageError("give either SQL or --preset NAME (see --list)")
    import duckdb

    try:
        result = query(db, sql if sql is not None else PRESETS[preset].sql)  # type: ignore[index]
    except duckdb.Error as exc:
        raise click.ClickException(str(exc)) from exc
    if csv_out is not None:
        write_table(result, csv_out, format="csv")
        click.echo(f"{len(result)} row(s); wrote {csv_out}")
        return
    table = Table(show_lines=False)
    for column in result.columns:
        table.add_column(str(column), overflow="fold")
    for row in result.itertuples(index=False):
        table.add_row(*("" if v is None or v != v else str(v) for v in row))
    console.print(table)
    console.print(f"{len(result)} row(s)")


@main.command("measures")
def list_measures() -> None:
    """List the registered measures and the columns each produces."""
    console = Console(highlight=False)
    for m in framing.MEASURES.values():
        console.print(f"[bold]{m.name}[/] ({m.level}, v{m.version}) — {m.description}")
        for c in m.columns:
            reduce = f" → article: {', '.join(c.reduced_names())}" if c.reduce else ""
            console.print(f"  {c.name} [{c.dtype}]: {c.description}{reduce}", soft_wrap=True)


@main.group()
def labels() -> None:
    """framing's own annotated sentences (labels/): check and split."""


@labels.command("check")
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
def labels_check(folder: Path | None) -> None:
    """Check labels/ against its schema and balance rules (exit 1 when anything is wrong)."""
    from framing.classify.labels import check_labels, find_labels_dir, load_labels

    folder = folder or find_labels_dir()
    table = load_labels(folder)
    problems = check_labels(table)
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    counts = table["label"].value_counts().to_dict()
    click.echo(f"{folder}: {len(table)} sentences ({counts.get(1, 0)} loaded, {counts.get(0, 0)} neutral), "
               f"{table['topic'].nunique()} topics, {table['genre'].nunique()} genres, "
               f"{(table['pair_id'] != '').sum() // 2} minimal pairs; {len(problems)} problem(s)")
    if problems:
        sys.exit(1)


@labels.command("split")
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
def labels_split(folder: Path | None) -> None:
    """Fill the split column of every labels/sentences/*.csv deterministically (80/10/10 by pair)."""
    from framing.classify.labels import find_labels_dir, write_splits

    folder = folder or find_labels_dir()
    for path, counts in write_splits(folder).items():
        click.echo(f"{path.name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


@main.command()
@click.option("--labels", "labels_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="The labels/ folder (default: found from the current directory).")
@click.option("--data", "data", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Train on your own labelled CSV instead of labels/ (e.g. your copy of BABE).")
@click.option("--text-column", default="text", show_default=True, help="With --data: the sentence column.")
@click.option("--label-column", default="label", show_default=True, help="With --data: the label column.")
@click.option("--positive", default="1", show_default=True, help="With --data: the label value meaning loaded.")
@click.option("--embed", is_flag=True,
              help="Add sentence embeddings (all-MiniLM-L6-v2; needs the 'embed' extra). Slower, and the model "
                   "needs the extra wherever it is used; see benchmarks/babe.py --embed for what it gains.")
@click.option("--out", "-o", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the model JSON (framing/models/loaded.v1.json rebuilds the shipped one).")
def train(labels_dir: Path | None, data: Path | None, text_column: str, label_column: str, positive: str,
          embed: bool, out: Path) -> None:
    """Train the loaded-language model on labels/ (train+dev splits, reporting the test split) or on
    your own CSV (--data), and write it as JSON."""
    from framing.classify import train_from_labels
    from framing.classify.model import DEFAULT_PARAMS, EMBED_PARAMS, train_model

    params = EMBED_PARAMS if embed else DEFAULT_PARAMS
    if embed:
        from framing.classify.embedding import require_embedding

        require_embedding()  # before reading anything: a clear error when the extra is missing

    if data is not None:
        table = _read_csv(data, text_column)
        if label_column not in table:
            raise click.UsageError(f"{data} has no column {label_column!r}")
        table = table[table[label_column].str.strip() != ""]
        y = (table[label_column].str.strip() == positive).astype(int).tolist()
        if len(set(y)) < 2:
            raise click.UsageError(f"--positive {positive!r} must split {label_column!r} into two classes")
        model = train_model(table[text_column].tolist(), y, params, meta={"trained_on": str(data), "n_train": len(y)})
        model.save(out)
        click.echo(f"trained on {len(y)} rows of {data} ({sum(y)} positive); wrote {out}")
        return
    try:
        model, metrics = train_from_labels(labels_dir, params=params)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    model.save(out)
    click.echo(f"trained on {model.meta['n_train']} sentences (labels sha256 {model.meta['labels_sha256'][:12]}…); "
               f"test split: macro-F1 {metrics['macro_f1']:.3f}, F1(loaded) {metrics['f1_loaded']:.3f}, "
               f"ROC AUC {metrics['roc_auc']:.3f} (n={metrics['n']}); wrote {out}")


def _read_csv(path: Path, column: str):  # -> pandas.DataFrame
    import pandas as pd

    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    if column not in table:
        raise click.UsageError(f"{path} has no column {column!r} (columns: {', '.join(table.columns)})")
    return table


@main.command()
@click.argument("infile", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--text-column", default="text", show_default=True)
@click.option("--out", "-o", "out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--model", "model_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A model JSON from `framing train` (default: the shipped model).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.5, show_default=True)
def classify(infile: Path, text_column: str, out: Path, model_path: Path | None, threshold: float) -> None:
    """Add loaded_prob, loaded_label and loaded_words (JSON) to every row of a CSV of sentences."""
    import json

    from framing.classify import classify_texts
    from framing.classify.model import load_model
    from framing.io.write import write_table

    table = _read_csv(infile, text_column)
    result = classify_texts(table[text_column].tolist(), model=load_model(str(model_path) if model_path else None),
                            threshold=threshold)
    table["loaded_prob"] = result["loaded_prob"].to_numpy()
    table["loaded_label"] = result["loaded_label"].to_numpy()
    table["loaded_words"] = [json.dumps(w, ensure_ascii=False) for w in result["loaded_words"]]
    write_table(table, out, format="csv")
    click.echo(f"{len(table)} rows, {int(table['loaded_label'].sum())} loaded (prob ≥ {threshold}); wrote {out}")


@main.command()
@click.argument("infile", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--text-column", default="text", show_default=True)
@click.option("--label-column", default="label", show_default=True)
@click.option("--positive", default="1", show_default=True,
              help="The label value meaning loaded/biased (e.g. Biased); other non-empty values are 0.")
@click.option("--model", "model_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None)
@click.option("--out", "-o", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the metrics as JSON here.")
def evaluate(infile: Path, text_column: str, label_column: str, positive: str, model_path: Path | None,
             out: Path | None) -> None:
    """Metrics of the model on a labelled CSV: macro-F1, F1/precision/recall of the positive class, AUC."""
    import numpy as np

    from framing.classify import evaluate as evaluate_labels
    from framing.classify.model import load_model
    from framing.io.write import write_json

    table = _read_csv(infile, text_column)
    if label_column not in table:
        raise click.UsageError(f"{infile} has no column {label_column!r}")
    table = table[table[label_column].str.strip() != ""]
    model = load_model(str(model_path) if model_path else None)
    prob = model.predict_proba(table[text_column].tolist())
    scorable = ~np.isnan(prob)
    if not scorable.all():
        click.echo(f"skipped {int((~scorable).sum())} row(s) whose text has no words", err=True)
    table, prob = table[scorable], prob[scorable]
    y = (table[label_column].str.strip() == positive).astype(int).tolist()
    metrics = evaluate_labels(y, prob)
    metrics.update({"file": str(infile), "positive": positive, "model": str(model_path or "shipped")})
    for key in ("n", "macro_f1", "f1_loaded", "precision_loaded", "recall_loaded", "accuracy", "roc_auc", "brier"):
        value = metrics[key]
        click.echo(f"{key:<17} {value:.4f}" if isinstance(value, float) else f"{key:<17} {value}")
    click.echo(f"{'confusion':<17} {metrics['confusion']} ([[tn, fp], [fn, tp]])")
    if out:
        write_json(metrics, out)


@main.command()
@click.argument("text")
@click.option("--model", "model_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None)
@click.option("--top", type=click.IntRange(min=1), default=8, show_default=True, help="How many features to show.")
def explain(text: str, model_path: Path | None, top: int) -> None:
    """Explain one sentence's loaded-language score: probability, lexicon terms, feature contributions."""
    from framing.classify.model import load_model
    from framing.lexicons import load_lexicon

    model = load_model(str(model_path) if model_path else None)
    prob = float(model.predict_proba([text])[0])
    console = Console(highlight=False)
    console.print(f"loaded_prob {prob:.3f}" + (" (no words)" if prob != prob else " — loaded" if prob >= 0.5 else " — not loaded"))
    for m in load_lexicon().match(text):
        counted = not m.negated and (m.entry.strength >= 2 or prob >= 0.5)
        flags = ", ".join(f for f, on in [("negated", m.negated), ("hedged", m.hedged), ("counted", counted)] if on)
        console.print(f"  term {m.text!r}: {m.entry.category}, strength {m.entry.strength}" + (f" ({flags})" if flags else ""))
    if prob == prob:
        console.print("top contributions to the log-odds (positive = towards loaded):")
        for row in model.explain(text, n=top).itertuples():
            console.print(f"  {row.contribution:+.3f}  {row.feature}")


if __name__ == "__main__":  # pragma: no cover
    main()
