"""The ``kikfacts`` command: a thin shell over the library."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Sequence

from . import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ikke en dato i formen ÅÅÅÅ-MM-DD: {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kikfacts",
        description="Extract and check the numeric facts in Danish press releases.",
    )
    p.add_argument("--version", action="version", version=f"kikfacts {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="print the facts found in documents",
        description="Print the located, normalised facts of each document ('-' reads stdin).",
    )
    ex.add_argument("paths", nargs="+", metavar="FILE", help="documents to read, or - for stdin")
    ex.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    ex.add_argument("--published", type=_date, metavar="DATE",
                    help="publication date (ÅÅÅÅ-MM-DD) when the document has no dateline")
    ex.add_argument("--model", metavar="NAME",
                    help="an installed spaCy pipeline to use instead of spacy.blank('da')")

    ev = sub.add_parser(
        "eval",
        help="score extraction against an annotated corpus",
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


def _cmd_extract(args) -> int:
    from .extract import extract
    from .reader import InputError, line_col, read_source

    status = EXIT_OK
    out = []
    for path in args.paths:
        try:
            src = read_source(path)
        except InputError as exc:
            print(f"kikfacts: {exc}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        doc = extract(src.text, args.published, path=src.path, model=args.model)
        if args.format == "json":
            out.append(doc.to_dict())
            continue
        pub = doc.published.isoformat() if doc.published else "ukendt"
        print(f"{src.path}: {len(doc.facts)} fakta, udgivet {pub}")
        for f in doc.facts:
            line, col = line_col(src.text, f.start)
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
        json.dump({"kikfacts": __version__, "documents": out}, sys.stdout, ensure_ascii=False,
                  indent=2)
        sys.stdout.write("\n")
    return status


def _cmd_eval(args) -> int:
    from .evaluate import evaluate_checks, evaluate_corpus, format_checks, format_report

    if args.checks:
        try:
            report = evaluate_checks(args.corpus)
        except (OSError, ValueError) as exc:
            print(f"kikfacts: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if args.format == "json":
            json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            print(format_checks(report, details=args.misses))
        return EXIT_OK
    try:
        report = evaluate_corpus(args.corpus, seeds=args.seeds)
    except (OSError, ValueError) as exc:
        print(f"kikfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_report(report, misses=args.misses))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        if args.command == "extract":
            return _cmd_extract(args)
        if args.command == "eval":
            return _cmd_eval(args)
    except KeyboardInterrupt:
        print("kikfacts: afbrudt", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    parser.print_help()
    return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
