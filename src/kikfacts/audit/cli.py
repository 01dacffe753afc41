"""``kikfacts audit``: batch audits of news archives (resumable, parallel, or on a Dask cluster).

    kikfacts audit SOURCE... --out RESULTS [--jobs N] [--resume]     (same as 'audit run')
    kikfacts audit export RESULTS --format csv|jsonl|parquet [--out DIR]
    kikfacts audit report RESULTS [--html report.html]

Wiring into the main CLI (``kikfacts.cli``)::

    from .audit import cli as audit_cli
    audit_cli.add_parser(sub)                 # in _parser(), next to the other commands
    COMMANDS["audit"] = audit_cli.run

On a Dask cluster: start a scheduler and workers where kikfacts is installed
(``dask scheduler`` on one host, ``dask worker tcp://HOST:8786 --nthreads 1`` on each machine,
one worker process per core), then run ``kikfacts audit ARCHIVE --out results.sqlite
--engine dask --scheduler tcp://HOST:8786``. The sources are read by the machine running the
command; document chunks travel to the workers and results come back to the same SQLite store.

``--out-format parquet --out DIR`` writes a Parquet dataset instead (any engine);
``--doc-timeout SECONDS`` bounds the time of one document (see :mod:`kikfacts.audit.runner`).

Exit codes: 0 done (1 with ``--fail-on`` when findings at or above that level were found),
2 a usage or input error (one line, no traceback), 130 interrupted (resume with ``--resume``).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from pathlib import Path
from typing import Sequence

from .sources import DEFAULT_DOC_TIMEOUT

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
SUBCOMMANDS = ("run", "export", "report")
DEFAULT_OUT = "kikfacts-audit.sqlite"
DEFAULT_OUT_DIR = "kikfacts-audit-results"


class _DefaultRun:
    """Mixin for the ``audit`` parser: ``audit SOURCE...`` means ``audit run SOURCE...``."""

    def _parse_known_args(self, arg_strings, namespace, *rest):
        args = list(arg_strings)
        if args and args[0] not in SUBCOMMANDS and args[0] not in ("-h", "--help"):
            args = ["run"] + args
        return super()._parse_known_args(args, namespace, *rest)


def _csv_set(value: str) -> frozenset[str]:
    return frozenset(v.strip() for v in value.split(",") if v.strip())


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ikke et heltal: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"skal være 0 eller større: {value!r}")
    return n


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ikke et antal sekunder: {value!r}") from None
    if not n >= 0 or n == float("inf"):
        raise argparse.ArgumentTypeError(f"skal være 0 eller større: {value!r}")
    return n


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Add the ``audit`` command (with ``run``, ``export`` and ``report``) to a subparsers action."""
    au = subparsers.add_parser(
        "audit",
        help="audit a whole archive: resumable, parallel, results in SQLite",
        description="Check a whole archive of documents and store every document's outcome, "
                    "facts and findings in a SQLite database. 'kikfacts audit SOURCE... --out "
                    "RESULTS' is short for 'kikfacts audit run ...'.",
        epilog="Run 'kikfacts audit COMMAND --help' for a command's options.",
    )
    parser_class = type(au)
    au.__class__ = type("AuditParser", (_DefaultRun, parser_class), {})
    sub = au.add_subparsers(dest="audit_command", metavar="COMMAND", parser_class=parser_class)

    r = sub.add_parser(
        "run", help="check the documents of folders, JSONL/CSV files and .zip archives (default)",
        description="Check every document of the sources and write the results into RESULTS.")
    r.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="folders (recursive: .txt .md .html .docx), .jsonl/.csv files with a text "
                        "column, .zip archives, or single documents")
    r.add_argument("-o", "--out", default=None, metavar="RESULTS",
                   help=f"results: a SQLite database file, or with --out-format parquet a folder "
                        f"(default: {DEFAULT_OUT}, or {DEFAULT_OUT_DIR}/)")
    r.add_argument("--out-format", choices=("sqlite", "parquet"), default="sqlite",
                   help="sqlite: one database file (default); parquet: a Parquet dataset, a "
                        "folder per table with one file per partition (any engine; with "
                        "--engine dask the cluster's results are gathered into it)")
    r.add_argument("--partition-size", type=_positive, default=1000, metavar="N",
                   help="documents per Parquet partition (default: 1000)")
    r.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N",
                   help="worker processes (default: 1; 0 = one per core)")
    r.add_argument("--resume", action="store_true",
                   help="continue an interrupted audit: check only documents not yet stored")
    r.add_argument("--overwrite", action="store_true",
                   help="replace an existing results database")
    r.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes (default) or a Dask distributed cluster")
    r.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --engine dask; "
                        "without it a LocalCluster with --jobs workers is started)")
    r.add_argument("--text-column", default="text", metavar="NAME",
                   help="JSONL/CSV column holding the text (default: text)")
    r.add_argument("--id-column", metavar="NAME",
                   help="JSONL/CSV column holding a document id (default: id, when present; "
                        "else the line or row number)")
    r.add_argument("--date-column", default="date", metavar="NAME",
                   help="JSONL/CSV column holding the publication date, YYYY-MM-DD (default: date)")
    r.add_argument("--title-column", default="title", metavar="NAME",
                   help="JSONL/CSV column holding the title (default: title)")
    r.add_argument("--max-bytes", type=_positive, default=None, metavar="N",
                   help="longest document checked, in bytes; longer ones are recorded as failed "
                        "(default: 1000000)")
    r.add_argument("--doc-timeout", type=_seconds, default=None, metavar="SECONDS",
                   help="longest time one document may take; a document that takes longer (or "
                        "hangs) is recorded as failed with reason 'timeout' and the run goes on. "
                        "With --jobs 2 or more a worker stuck past the limit is killed and "
                        "replaced. 0 = no limit; not enforced with --engine dask (default: "
                        f"{DEFAULT_DOC_TIMEOUT:g})")
    r.add_argument("--chunk-size", type=_positive, default=8, metavar="N",
                   help="documents sent to a worker at a time (default: 8)")
    r.add_argument("--limit", type=_positive, metavar="N", help="only the first N documents")
    r.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress bar (default: when stderr is a terminal)")
    r.add_argument("--lang", choices=("da", "en"), help="message language (default: da)")
    r.add_argument("--select", type=_csv_set, metavar="RULES",
                   help="only these rules (names or codes, comma-separated)")
    r.add_argument("--ignore", type=_csv_set, metavar="RULES", help="skip these rules")
    r.add_argument("--config", metavar="FILE",
                   help="configuration file (default: nearest kikfacts.toml or pyproject.toml)")
    r.add_argument("--no-config", action="store_true", help="ignore configuration files")
    r.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default="never",
                   help="exit with 1 when a finding at or above this level was found "
                        "(default: never)")
    r.add_argument("--stats-json", metavar="FILE",
                   help="also write the run's figures (documents/s, MB/s, peak memory) as JSON")
    r.add_argument("-q", "--quiet", action="store_true", help="no summary line")

    e = sub.add_parser("export", help="write the results tables as CSV, JSON Lines or Parquet",
                       description="Write the tables of a results database (documents, facts, "
                                   "findings, verified) as one file each.")
    e.add_argument("results", metavar="RESULTS", help="results database")
    e.add_argument("--format", choices=("csv", "jsonl", "parquet"), default="csv",
                   help="output format (default: csv)")
    e.add_argument("-o", "--out", metavar="DIR",
                   help="output folder (default: RESULTS name + '-export')")
    e.add_argument("--tables", type=lambda v: [t.strip() for t in v.split(",") if t.strip()],
                   metavar="TABLES", help="only these tables (comma-separated)")

    p = sub.add_parser("report", help="summary in the terminal and a self-contained HTML report",
                       description="Summarise a results database in the terminal and, with "
                                   "--html, as a self-contained HTML report with charts and a "
                                   "sortable, filterable table of findings.")
    p.add_argument("results", metavar="RESULTS", help="results database")
    p.add_argument("--html", metavar="FILE", help="write the HTML report here")
    p.add_argument("--top", type=_positive, default=15, metavar="N",
                   help="documents with most errors to list (default: 15)")
    p.add_argument("--max-rows", type=_positive, default=5000, metavar="N",
                   help="findings in the HTML table at most (default: 5000)")
    return au


def _err(msg: str) -> int:
    print(f"kikfacts: {msg}", file=sys.stderr)
    return EXIT_USAGE


def _config(args):
    from ..config import resolve_settings
    from ..engine import active_rules, rule_keys

    first = Path(args.sources[0])
    settings = resolve_settings(args.no_config, args.config, first if first.is_dir() else first.parent)
    cfg = settings.config
    if args.lang:
        cfg.lang = args.lang
    if args.select:
        cfg.select = args.select
    if args.ignore:
        cfg.ignore = cfg.ignore | args.ignore
    active_rules(cfg)
    known = rule_keys(cfg.rule_dirs)
    for name in (args.select or frozenset()) | (args.ignore or frozenset()):
        if name not in known:
            raise ValueError(f"ukendt regel '{name}' (se 'kikfacts rules')")
    return cfg


def _resume_command(args) -> str:
    parts = ["kikfacts", "audit", *args.sources, "--out", args.out, "--resume"]
    if args.out_format != "sqlite":
        parts += ["--out-format", args.out_format]
    if args.jobs != 1:
        parts += ["--jobs", str(args.jobs)]
    if args.engine != "local":
        parts += ["--engine", args.engine]
        if args.scheduler:
            parts += ["--scheduler", args.scheduler]
    for opt in ("text_column", "id_column", "date_column", "title_column"):
        v = getattr(args, opt)
        if v is not None and v != {"text_column": "text", "date_column": "date",
                                   "title_column": "title"}.get(opt):
            parts += ["--" + opt.replace("_", "-"), v]
    if args.doc_timeout is not None:
        parts += ["--doc-timeout", f"{args.doc_timeout:g}"]
    if args.config:
        parts += ["--config", args.config]
    if args.no_config:
        parts.append("--no-config")
    return shlex.join(parts)


def _cmd_run(args) -> int:
    from ..config import ConfigError
    from ..rules import RuleError
    from .runner import Options, run_audit
    from .sources import DEFAULT_MAX_BYTES, Columns, SourceError
    from .store import StoreError

    try:
        cfg = _config(args)
    except (ConfigError, RuleError, ValueError) as exc:
        return _err(str(exc))
    if args.scheduler and args.engine != "dask":
        return _err("--scheduler kræver --engine dask")
    if args.resume and args.overwrite:
        return _err("--resume og --overwrite kan ikke bruges sammen")
    if args.out is None:
        args.out = DEFAULT_OUT_DIR if args.out_format == "parquet" else DEFAULT_OUT
    columns = Columns(text=args.text_column, id=args.id_column or "id", date=args.date_column,
                      title=args.title_column, explicit_id=args.id_column is not None)
    jobs = args.jobs or os.cpu_count() or 1
    opts = Options(sources=args.sources, out=args.out, jobs=jobs, engine=args.engine,
                   scheduler=args.scheduler, resume=args.resume, overwrite=args.overwrite,
                   max_bytes=args.max_bytes or DEFAULT_MAX_BYTES, chunk_size=args.chunk_size or 1,
                   columns=columns, progress=args.progress, limit=args.limit,
                   doc_timeout=DEFAULT_DOC_TIMEOUT if args.doc_timeout is None
                   else args.doc_timeout, out_format=args.out_format,
                   partition_docs=args.partition_size or 1)
    try:
        stats = run_audit(opts, cfg)
    except (SourceError, StoreError) as exc:
        return _err(str(exc))
    if args.stats_json:
        Path(args.stats_json).write_text(json.dumps(stats.to_dict(), indent=2), encoding="utf-8")
    if stats.interrupted:
        print(f"kikfacts: afbrudt; {stats.written} dokumenter gemt i {args.out} i denne kørsel. "
              f"Fortsæt med: {_resume_command(args)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    if not args.quiet:
        skipped = f", {stats.skipped} allerede gemt" if stats.skipped else ""
        dup = f", {stats.duplicates} dublerede id'er sprunget over" if stats.duplicates else ""
        slow = f", {stats.timeouts} over tidsgrænsen" if stats.timeouts else ""
        print(f"{stats.written} dokumenter tjekket ({stats.ok} ok, {stats.failed} fejlede"
              f"{slow}{skipped}{dup}) på {stats.seconds:.1f} s (+{stats.startup_seconds:.1f} s opstart): {stats.docs_per_s:.1f} dok/s, "
              f"{stats.mb_per_s:.2f} MB/s; {stats.n_findings} fund -> {args.out} "
              f"(se: kikfacts audit report {shlex.quote(args.out)})")
    if args.fail_on != "never":
        from .store import open_readonly

        levels = {"error": ("error",), "warning": ("error", "warning"),
                  "info": ("error", "warning", "info")}[args.fail_on]
        db = open_readonly(args.out)
        try:
            n = db.execute(f"SELECT count(*) FROM findings WHERE suppressed=0 AND severity IN "
                           f"({','.join('?' * len(levels))})", levels).fetchone()[0]
        finally:
            db.close()
        if n:
            return EXIT_FINDINGS
    return EXIT_OK


def _cmd_export(args) -> int:
    from .export import export
    from .store import StoreError

    try:
        files = export(args.results, args.format, args.out, args.tables)
    except StoreError as exc:
        return _err(str(exc))
    for f in files:
        print(f)
    return EXIT_OK


def _cmd_report(args) -> int:
    from .report import summary, terminal_lines, write_html
    from .store import StoreError

    try:
        if args.html:
            s = write_html(args.results, args.html, top=args.top, max_rows=args.max_rows)
        else:
            s = summary(args.results, args.top)
    except StoreError as exc:
        return _err(str(exc))
    except OSError as exc:
        return _err(f"{args.html}: kan ikke skrives ({exc.strerror})")
    for line in terminal_lines(s, args.results):
        print(line)
    if args.html:
        print(f"HTML-rapport: {args.html}")
    return EXIT_OK


def run(args) -> int:
    """Run the ``audit`` command from parsed arguments (exit code 0, 1, 2 or 130)."""
    cmd = getattr(args, "audit_command", None)
    if cmd is None:
        return _err("audit: angiv kilder (kikfacts audit SOURCE... --out RESULTS) eller en "
                    "kommando: run, export, report")
    try:
        return {"run": _cmd_run, "export": _cmd_export, "report": _cmd_report}[cmd](args)
    except KeyboardInterrupt:
        print("kikfacts: afbrudt", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        self.print_usage(sys.stderr)
        print(f"kikfacts: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def main(argv: Sequence[str] | None = None) -> int:
    """``kikfacts audit ...`` on its own (until it is wired into the main command)."""
    try:
        from ..cli import _Parser as parser_class
    except ImportError:  # pragma: no cover
        parser_class = _Parser
    p = parser_class(prog="kikfacts")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=parser_class)
    add_parser(sub)
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] != "audit":
        argv = ["audit"] + argv
    try:
        args = p.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    return run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
