"""Running an audit: stream the sources, check documents in workers, write results in the parent.

Engines:

- ``local`` with ``jobs == 1``: everything in this process;
- ``local`` with ``jobs > 1``: a ``multiprocessing`` pool; each worker loads the pipeline once,
  documents travel in chunks to amortise IPC, and at most a few chunks per worker are in flight,
  so memory stays flat however large the archive;
- ``dask``: the same chunks ("partitions") as tasks on a ``dask.distributed`` cluster (an existing
  scheduler, or a ``LocalCluster`` started for the run).

Only the parent writes to the store (a SQLite database, one transaction per document, or a
Parquet dataset, one partition at a time: :mod:`kikfacts.audit.dataset`), in source order. A first
Ctrl-C (or SIGTERM) stops submitting work, writes what has come back, and returns with
``interrupted`` set; a second Ctrl-C stops at once (committed documents are still safe).

Every document gets an outcome, also one that hangs: ``doc_timeout`` (``--doc-timeout``) limits
the time of one document. Where documents are checked in a process's main thread (``--jobs 1``
and the pool's workers) a ``SIGALRM`` interrupts the document when its time is up, and it is
recorded as failed with a "timeout" reason. In the process pool the parent also watches each
worker (which document it is on, since when): a worker still on the same document a grace
period after the limit (stuck in code that does not let the alarm through) is killed and replaced,
the document is recorded as timed out, and the rest of the work in flight is sent again. On a Dask
cluster, tasks run in worker threads where no alarm can be set, so the limit is not enforced there.
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import resource
import signal
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Iterator

from .. import __version__
from ..engine import Config
from .sources import (DEFAULT_DOC_TIMEOUT, DEFAULT_MAX_BYTES, Columns, Item, count_documents,
                      iter_pending, read_item)
from .store import Store, StoreError, dumps


@dataclass
class Options:
    sources: list[str]
    out: str
    jobs: int = 1
    engine: str = "local"  # local | dask
    scheduler: str | None = None
    resume: bool = False
    overwrite: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    chunk_size: int = 8
    columns: Columns = field(default_factory=Columns)
    progress: bool | None = None  # None: when stderr is a terminal
    count: bool = True
    limit: int | None = None
    #: Seconds one document may take (0: no limit); see the module docstring.
    doc_timeout: float = DEFAULT_DOC_TIMEOUT
    #: ``sqlite`` (``out`` is a database file) or ``parquet`` (``out`` is a dataset folder).
    out_format: str = "sqlite"
    #: Documents per Parquet partition (``out_format == "parquet"``).
    partition_docs: int = 1000


@dataclass
class Stats:
    seen: int = 0
    written: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    bytes: int = 0
    #: Processing time, from warm workers to the last write (throughput is measured over it).
    seconds: float = 0.0
    #: Loading the pipeline and starting workers (or connecting to the cluster).
    startup_seconds: float = 0.0
    #: CPU time of the parent process (reading sources, writing results).
    parent_cpu_seconds: float = 0.0
    interrupted: bool = False
    n_findings: int = 0
    #: Documents recorded as failed because they ran out of time (--doc-timeout).
    timeouts: int = 0
    #: Worker processes killed and replaced because a document was stuck.
    restarts: int = 0
    #: Peak resident memory (KiB) of each worker process, by worker pid.
    worker_peak_kb: dict[int, int] = field(default_factory=dict)
    parent_peak_kb: int = 0

    @property
    def docs_per_s(self) -> float:
        return self.written / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        d = asdict(self)
        d["docs_per_s"] = round(self.docs_per_s, 2)
        d["mb_per_s"] = round(self.mb_per_s, 4)
        return d


# -- the work done for one document (in a worker) ----------------------------------------------

class DocTimeout(BaseException):
    """A document's time is up (a BaseException, so that no ``except Exception`` swallows it)."""


def timeout_reason(doc_id: str, seconds: float) -> str:
    return f"{doc_id}: timeout: tjekket i mere end {seconds:g} s (grænsen er --doc-timeout)"


class _Alarm:
    """A per-document time limit with ``SIGALRM``: usable in a process's main thread only."""

    def __init__(self, seconds: float | None):
        self.seconds = float(seconds or 0)
        self.usable = (self.seconds > 0 and hasattr(signal, "setitimer")
                       and threading.current_thread() is threading.main_thread())
        self.armed = False
        self._old: Any = None

    def _fire(self, signum, frame) -> None:
        if self.armed:
            self.armed = False
            raise DocTimeout

    def __enter__(self) -> "_Alarm":
        if self.usable:
            self._old = signal.signal(signal.SIGALRM, self._fire)
        return self

    def __exit__(self, *exc) -> None:
        if self.usable:
            self.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old if self._old is not None else signal.SIG_DFL)

    @contextlib.contextmanager
    def limit(self):
        if not self.usable:
            yield
            return
        self.armed = True
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        try:
            yield
        finally:
            self.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)


def _new_result(item: Item) -> dict:
    doc = {"id": item.id, "seq": item.seq, "source": item.source, "title": item.title,
           "published": item.published, "published_source": "column" if item.published else None,
           "outcome": "failed", "reason": None, "bytes": len(item.data) if item.data else 0,
           "n_facts": 0, "n_findings": 0, "n_errors": 0, "n_warnings": 0, "n_info": 0,
           "n_verified": 0, "n_suppressed": 0}
    return {"document": doc, "facts": [], "findings": [], "verified": []}


def timed_out(item: Item, seconds: float) -> dict:
    """The result of a document that ran out of time."""
    result = _new_result(item)
    result["document"]["reason"] = timeout_reason(item.id, seconds)
    result["timeout"] = True
    return result


def check_item(item: Item, config: Config, alarm: _Alarm | None = None) -> dict:
    """Check one document; the result holds rows ready for the store.

    With an armed ``alarm`` (see :class:`_Alarm`), a document that takes longer than its
    ``seconds`` is recorded as failed with a "timeout" reason.
    """
    if alarm is not None and alarm.usable:
        try:
            with alarm.limit():
                return _check_item(item, config)
        except DocTimeout:
            return timed_out(item, alarm.seconds)
    return _check_item(item, config)


def _check_item(item: Item, config: Config) -> dict:
    from ..engine import check
    from ..reader import InputError

    result: dict[str, Any] = _new_result(item)
    doc = result["document"]
    if item.error:
        doc["reason"] = item.error
        return result
    try:
        text = read_item(item)
    except InputError as exc:
        doc["reason"] = str(exc)
        return result
    try:
        report = check(text, config, published=item.published, path=item.id)
    except Exception as exc:  # one bad document must not stop the audit
        doc["reason"] = f"{item.id}: intern fejl ({type(exc).__name__}: {exc})"
        return result
    d = report.document
    doc["outcome"] = "ok"
    if report.errors:
        doc["reason"] = "; ".join(report.errors)
    doc["published"] = d.published.isoformat() if d.published else None
    doc["published_source"] = ("column" if item.published else d.published_source) \
        if d.published else None
    counts = report.counts()
    doc.update(n_facts=len(d.facts), n_findings=len(report.findings), n_errors=counts["error"],
               n_warnings=counts["warning"], n_info=counts["info"],
               n_verified=counts["verified"], n_suppressed=counts["suppressed"])
    facts = result["facts"]
    for f in d.facts:
        facts.append((item.id, f.id, f.kind, f.text, f.start, f.end, f.sentence, f.block,
                      dumps(f.value), f.unit, f.qualifier, f.subject, f.role))
    rows = result["findings"]
    for n, (f, sup) in enumerate([(f, 0) for f in report.findings] +
                                 [(f, 1) for f in report.suppressed]):
        fd = f.to_dict()
        s_start, s_text = None, None
        if 0 <= f.sentence < len(d.sentences):
            s = d.sentences[f.sentence]
            s_start, s_text = s.start, d.text[s.start:s.end]
        rows.append((item.id, n, f.rule, f.code, f.severity, f.message, f.start, f.end,
                     f.sentence, s_start, s_text, dumps(f.facts), dumps(fd["stated"]),
                     dumps(fd["computed"]), f.arithmetic, f.suggestion, sup))
    for n, f in enumerate(report.verified):
        result["verified"].append((item.id, n, f.rule, f.code, f.message, f.start, f.end,
                                   f.sentence, dumps(f.facts), f.arithmetic))
    return result


def _peak_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def process_chunk(items: list[Item], config: Config, doc_timeout: float = 0.0
                  ) -> tuple[list[dict], int, int]:
    """Check a chunk of documents: (results, worker pid, worker peak memory in KiB)."""
    out = []
    board = _BOARD
    with _Alarm(doc_timeout) as alarm:
        for it in items:
            if board is not None:
                board.begin(it.seq)
            out.append(check_item(it, config, alarm))
            if board is not None:
                board.end()
    return out, os.getpid(), _peak_kb()


class _Board:
    """Shared memory where each pool worker shows which document it is on, and since when."""

    def __init__(self, ctx, n: int):
        self.n = n
        self.seq = ctx.RawArray("q", n)
        self.since = ctx.RawArray("d", n)  # time.monotonic() (system-wide); 0 when idle
        self.pid = ctx.RawArray("q", n)
        self.next = ctx.Value("i", 0)
        self.slot = -1

    def reset(self) -> None:
        with self.next.get_lock():
            self.next.value = 0
        for i in range(self.n):
            self.seq[i] = self.pid[i] = 0
            self.since[i] = 0.0

    def join(self) -> None:  # in a new worker
        with self.next.get_lock():
            self.slot = self.next.value % self.n
            self.next.value += 1
        self.pid[self.slot] = os.getpid()
        self.since[self.slot] = 0.0

    def begin(self, seq: int) -> None:
        self.since[self.slot] = 0.0
        self.seq[self.slot] = seq
        self.since[self.slot] = time.monotonic()

    def end(self) -> None:
        self.since[self.slot] = 0.0

    def stuck(self, limit: float) -> list[tuple[int, int]]:
        """(pid, seq) of the workers on the same document for more than ``limit`` seconds."""
        now = time.monotonic()
        out = []
        for i in range(self.n):
            since, pid = self.since[i], self.pid[i]
            if since and pid and now - since > limit:
                out.append((pid, self.seq[i]))
        return out


#: This worker's place on the board (pool workers only).
_BOARD: _Board | None = None


def _ready(_: int) -> int:
    time.sleep(0.05)  # so that every worker takes one of these
    return os.getpid()


def _init_worker(config: Config, board: _Board | None = None) -> None:
    global _BOARD
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if board is not None:
        board.join()
        _BOARD = board
    warm_up(config)


def warm_up(config: Config) -> None:
    """Load the pipeline and the rules once per process."""
    from ..analysis import warm_up as warm_analysis
    from ..engine import active_rules

    warm_analysis()
    active_rules(config)


# -- the parent -------------------------------------------------------------------------------

def config_signature(config: Config) -> str:
    return dumps({
        "lang": config.lang,
        "select": sorted(config.select) if config.select is not None else None,
        "ignore": sorted(config.ignore),
        "severity": config.severity,
        "options": config.options,
        "rule_dirs": list(config.rule_dirs),
        "preview": config.preview,
    })


def open_store(opts: Options, config: Config) -> Store:
    """Open (or create) the results database, refusing to mix runs by mistake."""
    from pathlib import Path

    if opts.out_format == "parquet":
        from .dataset import open_dataset

        return open_dataset(opts.out, resume=opts.resume, overwrite=opts.overwrite,
                            config_sig=config_signature(config), version=__version__,
                            sources=opts.sources, partition_docs=opts.partition_docs)
    if opts.out_format != "sqlite":
        raise StoreError(f"ukendt resultatformat '{opts.out_format}' (brug sqlite eller parquet)")
    p = Path(opts.out)
    if p.exists() and opts.overwrite and not opts.resume:
        for suffix in ("", "-wal", "-shm"):
            q = Path(str(p) + suffix)
            if q.exists():
                q.unlink()
    if p.is_dir():
        raise StoreError(f"{opts.out}: er en mappe; --out skal være en databasefil (eller brug "
                         "--out-format parquet for et Parquet-datasæt i en mappe)")
    existed = p.exists() and p.stat().st_size > 0
    store = Store(p)
    sig = config_signature(config)
    if existed:
        if not opts.resume:
            n = store.count()
            store.close()
            raise StoreError(f"{opts.out}: findes allerede ({n} dokumenter); brug --resume for at "
                             "fortsætte eller --overwrite for at starte forfra")
        old = store.get_meta("config")
        if old is not None and old != sig:
            store.close()
            raise StoreError(f"{opts.out}: blev kørt med en anden konfiguration (regler, sprog "
                             "eller indstillinger); brug samme konfiguration eller --overwrite")
    if store.get_meta("config") is None:
        # a new database, or one whose first run was killed before it got this far
        store.set_meta("config", sig)
        store.set_meta("kikfacts", __version__)
        store.set_meta("created", time.strftime("%Y-%m-%dT%H:%M:%S"))
    store.set_meta("sources", json.dumps(opts.sources, ensure_ascii=False))
    return store


class _Stopper:
    """First SIGINT/SIGTERM: ask to stop; second: stop now (KeyboardInterrupt)."""

    def __init__(self) -> None:
        self.stop = False
        self._old: dict[int, Any] = {}

    def _handle(self, signum, frame) -> None:
        if self.stop:
            raise KeyboardInterrupt
        self.stop = True

    def __enter__(self) -> "_Stopper":
        for s in (signal.SIGINT, signal.SIGTERM):
            try:
                self._old[s] = signal.signal(s, self._handle)
            except ValueError:  # not the main thread
                pass
        return self

    def __exit__(self, *exc) -> None:
        for s, h in self._old.items():
            signal.signal(s, h)


def _chunks(opts: Options, store: Store, stats: Stats, stopper: _Stopper) -> Iterator[list[Item]]:
    """Loaded items not yet in the store, in chunks."""
    chunk: list[Item] = []
    chunk_bytes = 0
    seq = 0
    for pending in iter_pending(opts.sources, opts.columns):
        if stopper.stop:
            break
        if opts.limit is not None and stats.seen >= opts.limit:
            break
        seq += 1
        stats.seen += 1
        if opts.resume and store.has(pending.id):
            stats.skipped += 1
            continue
        if not store.claim(pending.id):  # a Parquet dataset drops duplicates here
            stats.duplicates += 1
            continue
        item = pending.load(seq, opts.max_bytes)
        chunk.append(item)
        chunk_bytes += len(item.data or b"")
        if len(chunk) >= opts.chunk_size or chunk_bytes >= 512_000:
            yield chunk
            chunk, chunk_bytes = [], 0
    if chunk:
        yield chunk


class _Progress:
    def __init__(self, enabled: bool, total: int | None):
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="dok", file=sys.stderr, dynamic_ncols=True,
                            smoothing=0.1, desc="audit")

    def update(self, stats: Stats, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)
            self.bar.set_postfix_str(
                f"fejlede {stats.failed}, fund {stats.n_findings}, "
                f"{stats.bytes / 1e6 / max(self.bar.format_dict['elapsed'], 1e-9):.2f} MB/s",
                refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _write(store: Store, results: list[dict], stats: Stats, progress: _Progress) -> None:
    n = 0
    for r in results:
        if store.write(r):
            stats.written += 1
            doc = r["document"]
            if doc["outcome"] == "ok":
                stats.ok += 1
            else:
                stats.failed += 1
            stats.bytes += doc["bytes"] or 0
            stats.n_findings += doc.get("n_findings") or 0
            if r.get("timeout"):
                stats.timeouts += 1
        else:
            stats.duplicates += 1
        n += 1
    progress.update(stats, n)


def run_audit(opts: Options, config: Config) -> Stats:
    """Run the audit. Raises StoreError/SourceError for usage errors (before any work)."""
    from .sources import check_sources

    check_sources(opts.sources)
    if opts.engine not in ("local", "dask"):
        raise StoreError(f"ukendt motor '{opts.engine}' (brug local eller dask)")
    if opts.engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise StoreError("--engine dask kræver pakken dask[distributed] "
                             "(pip install 'kikfacts[audit]')") from None
    store = open_store(opts, config)
    stats = Stats()
    show = opts.progress if opts.progress is not None else sys.stderr.isatty()
    total = None
    try:
        if show and opts.count:
            total = count_documents(opts.sources, opts.columns)
            if opts.limit is not None:
                total = min(total, opts.limit)
            if opts.resume:
                total = max(0, total - store.count())
        t0 = time.perf_counter()
        cpu0 = time.process_time()
        timer = _Timer()
        with _Stopper() as stopper:
            if opts.engine == "dask":
                _run_dask(opts, config, store, stats, stopper, show, total, timer)
            elif opts.jobs <= 1:
                _run_serial(opts, config, store, stats, stopper, show, total, timer)
            else:
                _run_pool(opts, config, store, stats, stopper, show, total, timer)
            stats.interrupted = stopper.stop
    except KeyboardInterrupt:
        stats.interrupted = True
    finally:
        end = time.perf_counter()
        start = timer.started if timer.started is not None else end
        stats.startup_seconds = start - t0
        stats.seconds = end - start
        stats.parent_cpu_seconds = time.process_time() - cpu0
        store.close()
    stats.parent_peak_kb = _peak_kb()
    return stats


class _Timer:
    started: float | None = None

    def start(self) -> None:
        self.started = time.perf_counter()


def _run_serial(opts, config, store, stats, stopper, show, total, timer) -> None:
    warm_up(config)
    timer.start()
    progress = _Progress(show, total)
    try:
        for chunk in _chunks(opts, store, stats, stopper):
            results, pid, peak = process_chunk(chunk, config, opts.doc_timeout)
            stats.worker_peak_kb[pid] = peak
            _write(store, results, stats, progress)
            if stopper.stop:
                break
    finally:
        progress.close()


def _drain(pending: collections.deque, store, stats, progress, stopper, block_all: bool,
           get) -> None:
    """Write finished chunks, oldest first; wait for the oldest while the window is full."""
    while pending:
        fut = pending[0]
        try:
            results, pid, peak = get(fut, 0.2)
        except TimeoutError:
            if stopper.stop:
                return
            continue
        pending.popleft()
        if pid:
            stats.worker_peak_kb[pid] = max(stats.worker_peak_kb.get(pid, 0), peak)
        _write(store, results, stats, progress)
        if not block_all:
            return


class _Task:
    """A chunk in flight in the process pool; sent again if its worker pool had to be replaced."""

    def __init__(self, items: list[Item]):
        self.items = items
        self.fut: Any = None
        #: Results decided by the parent (documents that ran out of time).
        self.extra: list[dict] = []

    def done(self) -> bool:
        return self.fut is None or self.fut.done()

    def cancel(self) -> None:
        if self.fut is not None:
            self.fut.cancel()


class _WatchedPool:
    """A ``ProcessPoolExecutor`` whose stuck workers are killed, and which is then replaced.

    Killing one worker breaks a ``ProcessPoolExecutor`` as a whole, so the pool is started again
    (forked from the parent, which has the pipeline loaded: a fraction of a second) and every
    chunk not yet back is sent again, without the documents that ran out of time.
    """

    def __init__(self, opts: Options, config: Config, stats: Stats, pending: collections.deque):
        import multiprocessing as mp

        if "fork" in mp.get_all_start_methods():
            # load the pipeline once, here: forked workers start with it (copy-on-write)
            self.ctx = mp.get_context("fork")
            warm_up(config)
        else:  # pragma: no cover - each worker loads it in its initializer
            self.ctx = mp.get_context()
        self.opts, self.config, self.stats, self.pending = opts, config, stats, pending
        self.board = _Board(self.ctx, opts.jobs)
        #: A worker on one document this long is killed (the alarm had its chance first).
        self.hard_limit = opts.doc_timeout + max(1.0, opts.doc_timeout / 2) \
            if opts.doc_timeout else 0.0
        self.killed: dict[int, float] = {}  # seq -> time limit, of documents whose worker we killed
        self.pool = self._start()

    def _start(self):
        from concurrent.futures import ProcessPoolExecutor

        self.board.reset()
        pool = ProcessPoolExecutor(self.opts.jobs, mp_context=self.ctx,
                                   initializer=_init_worker, initargs=(self.config, self.board))
        # start every worker (and wait until each has run its initializer)
        for f in [pool.submit(_ready, i) for i in range(self.opts.jobs)]:
            f.result()
        return pool

    def submit(self, chunk: list[Item]) -> _Task:
        task = _Task(chunk)
        task.fut = self.pool.submit(process_chunk, chunk, self.config, self.opts.doc_timeout)
        return task

    def watch(self) -> None:
        """Kill the workers stuck on one document for longer than the hard limit."""
        if not self.hard_limit:
            return
        for pid, seq in self.board.stuck(self.hard_limit):
            self.killed[seq] = self.opts.doc_timeout
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def get(self, task: _Task, timeout: float):
        from concurrent.futures.process import BrokenProcessPool

        if task.fut is None:
            return sorted(task.extra, key=_seq), 0, 0
        try:
            results, pid, peak = task.fut.result(timeout)
        except TimeoutError:
            self.watch()
            raise
        except BrokenProcessPool as exc:
            if not self.killed:
                raise StoreError(f"en arbejdsproces døde uventet ({exc}); det gemte er intakt, "
                                 "fortsæt med --resume") from None
            self._restart()
            raise TimeoutError from None  # the caller waits again, for the chunk sent again
        self.watch()
        if task.extra:
            results = sorted(results + task.extra, key=_seq)
        return results, pid, peak

    def _restart(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.stats.restarts += 1
        self.pool = self._start()
        for task in self.pending:
            if task.fut is not None and task.fut.done() and not task.fut.cancelled() \
                    and task.fut.exception() is None:
                continue  # came back before the pool broke
            keep = []
            for it in task.items:
                if it.seq in self.killed:
                    task.extra.append(timed_out(it, self.killed[it.seq]))
                else:
                    keep.append(it)
            task.items = keep
            task.fut = self.pool.submit(process_chunk, keep, self.config, self.opts.doc_timeout) \
                if keep else None
        self.killed.clear()

    def shutdown(self) -> None:
        for task in self.pending:
            task.cancel()
        # running chunks are short; waiting for them lets the workers exit cleanly
        self.pool.shutdown(wait=True, cancel_futures=True)


def _seq(result: dict) -> int:
    return result["document"]["seq"]


def _run_pool(opts, config, store, stats, stopper, show, total, timer) -> None:
    pending: collections.deque = collections.deque()
    pool = _WatchedPool(opts, config, stats, pending)
    progress = _Progress(show, total)
    try:
        timer.start()
        _pump(pool.submit, pool.get, opts.jobs * 3, pending, opts, store, stats, stopper,
              progress)
    finally:
        progress.close()
        pool.shutdown()


def _pump(submit, get, window, pending, opts, store, stats, stopper, progress) -> None:
    """Feed chunks to an executor (process pool or Dask) with at most ``window`` in flight,
    writing results in order as they come back."""
    for chunk in _chunks(opts, store, stats, stopper):
        pending.append(submit(chunk))
        while len(pending) >= window and not stopper.stop:
            _drain(pending, store, stats, progress, stopper, False, get)
        if stopper.stop:
            break
    _drain(pending, store, stats, progress, stopper, True, get)
    # after a stop: write what has already come back; the rest is checked on --resume
    while pending and pending[0].done():
        _drain(pending, store, stats, progress, stopper, False, get)


def _run_dask(opts, config, store, stats, stopper, show, total, timer) -> None:
    from distributed import Client, LocalCluster

    cluster = None
    if opts.scheduler:
        try:
            client = Client(opts.scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise StoreError(f"kan ikke forbinde til Dask-scheduleren {opts.scheduler}: {exc}") \
                from None
    else:
        cluster = LocalCluster(n_workers=max(1, opts.jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
        client = Client(cluster)
    try:
        # every worker loads the pipeline once, before the work starts
        client.run(warm_up, config)
        nworkers = max(1, len(client.scheduler_info().get("workers", {})) or opts.jobs)
        timer.start()
        window = nworkers * 3
        pending: collections.deque = collections.deque()

        def get(fut, timeout):
            from distributed import TimeoutError as DTimeout

            try:
                return fut.result(timeout=timeout)
            except DTimeout:
                raise TimeoutError from None

        progress = _Progress(show, total)
        try:
            _pump(lambda chunk: client.submit(process_chunk, chunk, config, opts.doc_timeout,
                                              pure=False), get,
                  window, pending, opts, store, stats, stopper, progress)
            for fut in pending:
                fut.cancel()
        finally:
            progress.close()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def iter_results(items: Iterable[Item], config: Config) -> Iterator[dict]:
    """Check items in this process (library use)."""
    warm_up(config)
    for it in items:
        yield check_item(it, config)
