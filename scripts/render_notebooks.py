"""Execute every teaching notebook in a fresh kernel and write a rendered HTML copy for readers.

    .venv/bin/python scripts/render_notebooks.py            # → notebooks/html/<name>.html
    .venv/bin/python scripts/render_notebooks.py --out DIR

The notebooks in notebooks/ stay stored without outputs; the HTML copies (with outputs and plots) are
generated, not committed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import nbclient
import nbformat
from nbconvert import HTMLExporter

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=NOTEBOOKS / "html")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter()
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                resources={"metadata": {"path": str(path.parent)}}).execute()
        body, _ = exporter.from_notebook_node(nb)
        target = args.out / f"{path.stem}.html"
        target.write_text(body, encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
