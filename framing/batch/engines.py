"""Where batches run: in the client, in local worker processes, or on a Dask cluster.

Each engine is an executor with ``submit(fn, *args) -> future`` whose futures have ``.result()``:
:class:`InlineExecutor` (``--jobs 1``), :class:`concurrent.futures.ProcessPoolExecutor` (``--jobs N``,
workers started by a fork server that has framing imported), and a :class:`dask.distributed.Client`
(``--engine dask``: the cluster at ``--scheduler ADDRESS``, or a local cluster of ``--jobs`` workers).
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Protocol

__all__ = ["ENGINES", "Executor", "InlineExecutor", "open_executor"]

ENGINES = ("local", "dask")


class Executor(Protocol):
    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Any: ...


class InlineExecutor:
    """Runs each task at once in the calling process (futures come back already done)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # delivered by .result(), as from a real executor
            future.set_exception(exc)
        return future


class _DaskExecutor:
    def __init__(self, client: Any) -> None:
        self.client = client

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)


@contextlib.contextmanager
def open_executor(engine: str = "local", *, jobs: int = 1, scheduler: str | None = None) -> Iterator[Executor]:
    """The executor for ``engine``; closed (workers stopped) on exit.

    Args:
        engine: ``local`` or ``dask``.
        jobs: Local worker processes (``local``), or workers of the local Dask cluster started when
            no ``scheduler`` is given.
        scheduler: Address of a running Dask scheduler (``tcp://host:8786``); ``dask`` only.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; use one of {ENGINES}")
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    if engine == "local":
        if scheduler:
            raise ValueError("--scheduler needs --engine dask")
        if jobs == 1:
            yield InlineExecutor()
            return
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["framing.batch.work"])
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            yield pool
        return
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise RuntimeError("--engine dask needs dask[distributed]: pip install 'dask[distributed]'") from exc
    if scheduler:
        with Client(scheduler) as client:
            yield _DaskExecutor(client)
        return
    with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            yield _DaskExecutor(client)
