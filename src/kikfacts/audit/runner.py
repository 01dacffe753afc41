"""Running an audit: stream the sources, check documents in workers, write results in the parent.

Engines:

- ``local`` with ``jobs == 1``: everything in this process;
- ``local`` with ``jobs > 1``: a ``multiprocessing`` pool; each worker loads the pipeline once,
  documents travel in chunks to amortise IPC, and at most a few chunks per worker are in flight,
  so memory stays flat however large the archive;
- ``dask``: the same chunks ("partitions") as tasks on a ``dask.distributed`` cluster (an existing
  scheduler, or a ``LocalCluster`` started for the run).

Only the parent writes to the store, one transaction per document, in source order. A first
Ctrl-C (or SIGTERM) stops submitting work, writes what has come back, and returns with
``interrupted`` set; a second Ctrl-C stops at once (committed documents are still safe).
"""

from __future__ import annotations

import collections
import json
import os
import resource
import signal
import sys
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Iterator

from .. import __version__
from ..engine import Config
from .sources import DEFAULT_MAX_BYTES, Columns, Item, count_documents, iter_pending, read_item
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

def check_item(item: Item, config: Config) -> dict:
    """Check one document; the result holds rows ready for the store."""
    from ..engine import check
    from ..reader import InputError

    doc = {"id": item.id, "seq": item.seq, "source": item.source, "title": item.title,
           "published": item.published, "published_source": "column" if item.published else None,
           "outcome": "failed", "reason": None, "bytes": len(item.data) if item.data else 0,
           "n_facts": 0, "n_findings": 0, "n_errors": 0, "n_warnings": 0, "n_info": 0,
           "n_verified": 0, "n_suppressed": 0}
    result: dict[str, Any] = {"document": doc, "facts": [], "findings": [], "verified": []}
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


def process_chunk(items: list[Item], config: Config) -> tuple[list[dict], int, int]:
    """Check a chunk of documents: (results, worker pid, worker peak memory in KiB)."""
    out = [check_item(it, config) for it in items]
    return out, os.getpid(), _peak_kb()


def _ready(_: int) -> int:
    return os.getpid()


def _init_worker(config: Config) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    warm_up(config)


def warm_up(config: Config) -> None:
    """Load the pipeline and the rules once per process."""
    from ..engine import active_rules
    from ..pipeline import get_nlp

    get_nlp()
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

    p = Path(opts.out)
    if p.exists() and opts.overwrite and not opts.resume:
        for suffix in ("", "-wal", "-shm"):
            q = Path(str(p) + suffix)
            if q.exists():
                q.unlink()
    if p.is_dir():
        raise StoreError(f"{opts.out}: er en mappe; --out skal være en databasefil")
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
    else:
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
            results, pid, peak = process_chunk(chunk, config)
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
        stats.worker_peak_kb[pid] = max(stats.worker_peak_kb.get(pid, 0), peak)
        _write(store, results, stats, progress)
        if not block_all:
            return


def _run_pool(opts, config, store, stats, stopper, show, total, timer) -> None:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    if "fork" in mp.get_all_start_methods():
        # load the pipeline once, here: forked workers start with it (copy-on-write)
        ctx = mp.get_context("fork")
        warm_up(config)
    else:  # pragma: no cover - each worker loads it in its initializer
        ctx = mp.get_context()
    pool = ProcessPoolExecutor(opts.jobs, mp_context=ctx, initializer=_init_worker,
                               initargs=(config,))
    window = opts.jobs * 3
    pending: collections.deque = collections.deque()

    def get(fut, timeout):
        return fut.result(timeout)

    progress = _Progress(show, total)
    try:
        # start every worker (and wait until each has run its initializer)
        for f in [pool.submit(_ready, i) for i in range(opts.jobs)]:
            f.result()
        timer.start()
        _pump(lambda chunk: pool.submit(process_chunk, chunk, config), get, window, pending,
              opts, store, stats, stopper, progress)
    except BrokenProcessPool as exc:
        raise StoreError(f"en arbejdsproces døde uventet ({exc}); det gemte er intakt, "
                         "fortsæt med --resume") from None
    finally:
        progress.close()
        for fut in pending:
            fut.cancel()
        # running chunks are short; waiting for them lets the workers exit cleanly
        pool.shutdown(wait=True, cancel_futures=True)


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
            _pump(lambda chunk: client.submit(process_chunk, chunk, config, pure=False), get,
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
