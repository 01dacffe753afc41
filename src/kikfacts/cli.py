"""The ``kikfacts`` command: a thin shell over the library.

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 a usage, input or
configuration error (always with a one-line reason, never a traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Sequence

from . import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
RANK = {"info": 0, "warning": 1, "error": 2, "never": 99}


class UsageError(Exception):
    pass


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ikke en dato i formen ÅÅÅÅ-MM-DD: {value!r}") from None


def _csv(value: str) -> frozenset[str]:
    return frozenset(v.strip() for v in value.split(",") if v.strip())


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, like every other input error
        self.print_usage(sys.stderr)
        print(f"kikfacts: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="kikfacts",
        description="Extract and check the numeric facts in Danish press releases.",
        epilog="Run 'kikfacts COMMAND --help' for a command's options.",
    )
    p.add_argument("--version", action="version", version=f"kikfacts {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    ck = sub.add_parser(
        "check",
        help="check drafts: figures that don't agree (the pre-publish command)",
        description="Check documents (.txt, .md, .html, .docx, folders, or - for stdin) and "
                    "report figures that don't agree, like a linter.",
    )
    ck.add_argument("paths", nargs="+", metavar="PATH", help="files or folders, or - for stdin")
    ck.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text",
                    help="output format (default: text)")
    ck.add_argument("--published", type=_date, metavar="DATE",
                    help="publication date (ÅÅÅÅ-MM-DD) when the document has no dateline")
    ck.add_argument("--lang", choices=("da", "en"), help="message language (default: da)")
    ck.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                    help="lowest severity that gives exit code 1 (default: error)")
    ck.add_argument("--select", type=_csv, metavar="RULES",
                    help="only these rules (names or codes, comma-separated)")
    ck.add_argument("--ignore", type=_csv, metavar="RULES", help="skip these rules")
    ck.add_argument("--show-verified", action="store_true",
                    help="also list the relations that held, with their arithmetic")
    ck.add_argument("--config", metavar="FILE",
                    help="configuration file (default: nearest kikfacts.toml or pyproject.toml)")
    ck.add_argument("--no-config", action="store_true", help="ignore configuration files")
    ck.add_argument("--server", metavar="URL",
                    help="send the drafts to a running 'kikfacts serve' at URL (e.g. "
                         "http://127.0.0.1:8000) instead of analysing them here; falls back "
                         "to a local check if the server cannot be reached (config key: server)")
    ck.add_argument("--no-server", action="store_true",
                    help="check locally even if the configuration names a server")

    ex = sub.add_parser(
        "extract",
        help="print the facts found in documents",
        description="Print the located, normalised facts of each document ('-' reads stdin).",
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files or folders, or - for stdin")
    ex.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    ex.add_argument("--published", type=_date, metavar="DATE",
                    help="publication date (ÅÅÅÅ-MM-DD) when the document has no dateline")
    ex.add_argument("--model", metavar="NAME",
                    help="run the analysis as spaCy components in this installed pipeline (e.g. "
                         "a trained Danish one); by default it runs on the raw text, same facts")

    from .audit import cli as audit_cli

    audit_cli.add_parser(sub)

    from .web import cli as web_cli

    web_cli.add_parser(sub)

    ru = sub.add_parser("rules", help="list the rules, or show one rule's documentation",
                        description="List the rules, or print one rule's documentation.")
    ru.add_argument("rule", nargs="?", metavar="RULE", help="a rule name or code")
    ru.add_argument("--lang", choices=("da", "en"), default="da")

    ev = sub.add_parser(
        "eval",
        help="score extraction or checks against an annotated corpus",
        description="Score the extractor against gold files: precision, recall and F1 per kind.",
    )
    ev.add_argument("corpus", nargs="?", default="corpus", help="corpus folder (default: corpus)")
    ev.add_argument("--seeds", metavar="DIR", help="also score seed releases against EXPECTED.md")
    ev.add_argument("--format", choices=("text", "json"), default="text")
    ev.add_argument("--misses", action="store_true", help="list every miss and false hit")
    ev.add_argument("--checks", action="store_true",
                    help="score the checks (findings and verified relations) instead of facts")
    return p


def _fmt_value(v) -> str:
    if isinstance(v, dict):
        return ", ".join(f"{k}={_fmt_value(x)}" for k, x in v.items())
    if isinstance(v, list):
        return "–".join(_fmt_value(x) for x in v)
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def _sources(paths: list[str]):
    """Yield (path, Source or InputError) for every document the paths name."""
    from .reader import InputError, expand_paths, read_source

    try:
        expanded = expand_paths(paths)
    except InputError as exc:
        yield exc.path, exc
        return
    for path in expanded:
        try:
            yield path, read_source(path)
        except InputError as exc:
            yield path, exc


def _cmd_extract(args) -> int:
    from .extract import extract
    from .output import dumps
    from .reader import InputError

    status = EXIT_OK
    docs = []
    for _, src in _sources(args.paths):
        if isinstance(src, InputError):
            print(f"kikfacts: {src}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        doc = extract(src.text, args.published, path=src.path, model=args.model)
        if args.format == "json":
            d = doc.to_dict()
            for f in d["facts"]:
                f["line"], f["column"] = src.line_col(f["start"])
            docs.append(d)
            continue
        pub = doc.published.isoformat() if doc.published else "ukendt"
        print(f"{src.path}: {len(doc.facts)} fakta, udgivet {pub}")
        for f in doc.facts:
            line, col = src.line_col(f.start)
            extra = []
            if f.qualifier:
                extra.append(f"kvalifikator={f.qualifier}")
            if f.subject:
                extra.append(f"om={f.subject}")
            if f.role:
                extra.append(f"rolle={f.role}")
            if f.base is not None:
                extra.append(f"base={_fmt_value(f.base)}")
            unit = f" {f.unit}" if f.unit else ""
            tail = f"  ({'; '.join(extra)})" if extra else ""
            print(f"{src.path}:{line}:{col}: {f.kind:<8} {_fmt_value(f.value)}{unit}  «{f.text}»{tail}")
    if args.format == "json":
        print(dumps({"kikfacts": __version__, "documents": docs}))
    return status


def _settings(args, first_path: str):
    from .config import ConfigError, resolve_settings

    start = Path(first_path) if first_path != "-" else Path.cwd()
    settings = resolve_settings(args.no_config, args.config, start)
    cfg = settings.config
    if args.lang:
        cfg.lang = args.lang
    if args.select:
        cfg.select = args.select
    if args.ignore:
        cfg.ignore = cfg.ignore | args.ignore
    if args.fail_on:
        settings.fail_on = args.fail_on
    if args.server is not None:
        from .remote import valid_url

        if not valid_url(args.server):
            raise ConfigError(f"--server: ikke en adresse som \"http://127.0.0.1:8000\": {args.server!r}")
        settings.server = args.server
    if args.no_server:
        settings.server = None
    return settings


def _check_one(src, args, settings, rules):
    """Check one document: on the server named in the settings if there is one (falling back to
    a local check when it cannot be reached), otherwise here."""
    if settings.server:
        from .remote import RemoteError, check_remote

        try:
            return check_remote(settings.server, src.text, published=args.published,
                                config=settings.config, path=src.path)
        except RemoteError as exc:
            fallback = "tjekker lokalt" if settings.config.lang == "da" else "checking locally"
            print(f"kikfacts: {src.path}: {exc}; {fallback}", file=sys.stderr)
            settings.server = None  # don't wait for a dead server once per file
    from .engine import run_rules
    from .extract import extract

    doc = extract(src.text, args.published, path=src.path)
    return run_rules(doc, rules, settings.config)


def _cmd_check(args) -> int:
    from .config import ConfigError
    from .engine import active_rules, rule_keys
    from .output import dumps, github_lines, report_json, sarif, summary_line, text_lines
    from .reader import InputError
    from .rules import RuleError

    try:
        settings = _settings(args, args.paths[0])
        if settings.server and settings.config.rule_dirs:
            raise ConfigError("--server: egne regelmapper (rule_dirs) kan ikke bruges med en "
                              "server; kør med --no-server")
        rules = active_rules(settings.config)
    except (ConfigError, RuleError) as exc:
        print(f"kikfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    all_known = rule_keys(settings.config.rule_dirs)
    for name in (args.select or frozenset()) | (args.ignore or frozenset()):
        if name not in all_known:
            print(f"kikfacts: ukendt regel '{name}' (se 'kikfacts rules')", file=sys.stderr)
            return EXIT_USAGE
    cfg = settings.config
    status = EXIT_OK
    results = []
    totals = {"error": 0, "warning": 0, "info": 0, "verified": 0, "suppressed": 0}
    files = 0
    for _, src in _sources(args.paths):
        if isinstance(src, InputError):
            print(f"kikfacts: {src}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        files += 1
        report = _check_one(src, args, settings, rules)
        for err in report.errors:
            print(f"kikfacts: {src.path}: {err}", file=sys.stderr)
        results.append((src, report))
        for k, v in report.counts().items():
            totals[k] += v
        worst = report.worst()
        if worst and RANK[worst] >= RANK[settings.fail_on] and status == EXIT_OK:
            status = EXIT_FINDINGS
        if args.format == "text":
            for line in text_lines(src, report, cfg.lang, args.show_verified):
                print(line)
        elif args.format == "github":
            for line in github_lines(src, report):
                print(line)
    if args.format == "json":
        print(dumps({"kikfacts": __version__, "schema_version": "1.0",
                     "documents": [report_json(s, r) for s, r in results], "summary": totals}))
    elif args.format == "sarif":
        print(dumps(sarif(results, rules, cfg.lang)))
    elif args.format == "text" and files:
        print(summary_line(totals, files, cfg.lang))
    return status


def _cmd_rules(args) -> int:
    from .docs import rule_doc
    from .rules import RuleError, load_rules

    try:
        rules = load_rules()
    except RuleError as exc:
        print(f"kikfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.rule is None:
        for r in rules:
            print(f"{r.code}  {r.name:<20} {r.severity:<8} {r.title[args.lang]}")
        return EXIT_OK
    for r in rules:
        if args.rule in (r.code, r.name):
            print(rule_doc(r, args.lang))
            return EXIT_OK
    print(f"kikfacts: ukendt regel '{args.rule}' (se 'kikfacts rules')", file=sys.stderr)
    return EXIT_USAGE


def _cmd_eval(args) -> int:
    import json

    from .evaluate import evaluate_checks, evaluate_corpus, format_checks, format_report

    try:
        if args.checks:
            report = evaluate_checks(args.corpus)
            text = format_checks(report, details=args.misses)
        else:
            report = evaluate_corpus(args.corpus, seeds=args.seeds)
            text = format_report(report, misses=args.misses)
    except (OSError, ValueError) as exc:
        print(f"kikfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.format == "json" else text)
    return EXIT_OK


def _cmd_serve(args) -> int:
    from .web import cli as web_cli

    return web_cli.run(args)


def _cmd_audit(args) -> int:
    from .audit import cli as audit_cli

    return audit_cli.run(args)


COMMANDS = {"check": _cmd_check, "extract": _cmd_extract, "rules": _cmd_rules, "eval": _cmd_eval,
            "audit": _cmd_audit, "serve": _cmd_serve}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("kikfacts: afbrudt", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
