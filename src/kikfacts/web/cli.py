"""``kikfacts serve``: start the local web page and JSON API (needs ``pip install 'kikfacts[web]'``).

Wired into ``kikfacts.cli`` through :func:`add_parser` and :func:`run`.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys

EXIT_OK, EXIT_USAGE = 0, 2
DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # kept equal to kikfacts.web.app.DEFAULT_MAX_BYTES


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ikke et portnummer: {value!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"portnummeret skal være 0-65535: {port}")
    return port


def _size(value: str) -> int:
    units = {"k": 1024, "m": 1024 ** 2}
    v = value.strip().lower().removesuffix("b")
    mult = units.get(v[-1:], 1)
    try:
        n = int(v[:-1] if v[-1:] in units else v) * mult
    except ValueError:
        raise argparse.ArgumentTypeError(f"ikke en størrelse (fx 5000000 eller 5M): {value!r}") from None
    if n < 1024:
        raise argparse.ArgumentTypeError(f"grænsen skal være mindst 1024 bytes: {value!r}")
    return n


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "serve",
        help="start a local web page and JSON API for checking drafts",
        description="Start a local web page (paste a draft or drop a .docx) and a JSON API "
                    "(POST /api/check, /api/check-file, /api/extract; GET /api/rules; "
                    "OpenAPI at /openapi.json). Binds to 127.0.0.1 unless told otherwise.",
    )
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=_port, default=8000, help="port (default: 8000)")
    p.add_argument("--max-bytes", type=_size, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"largest request body accepted, e.g. 5M (default: {DEFAULT_MAX_BYTES})")
    p.add_argument("--lang", choices=("da", "en"), default="da",
                   help="the page's default language (default: da)")
    return p


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args) -> int:
    try:
        import uvicorn

        from .app import create_app
    except ImportError as exc:
        print(f"kikfacts: serve kræver web-pakkerne (pip install 'kikfacts[web]'): {exc.name}",
              file=sys.stderr)
        return EXIT_USAGE
    if not _is_loopback(args.host):
        print(f"kikfacts: advarsel: lytter på {args.host}, så andre maskiner kan nå serveren "
              "(der er ingen adgangskontrol)", file=sys.stderr)
    app = create_app(max_bytes=args.max_bytes, lang=args.lang)
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"kikfacts serve: http://{host}:{args.port}/  (Ctrl+C stopper)", file=sys.stderr)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning",
                    server_header=False, h11_max_incomplete_event_size=64 * 1024)
    except (OSError, SystemExit) as exc:  # e.g. the port is taken (uvicorn exits with 1)
        reason = getattr(exc, "strerror", None) or "se uvicorns besked ovenfor"
        print(f"kikfacts: serve: kan ikke lytte på {args.host}:{args.port}: {reason}",
              file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def main(argv=None) -> int:  # `python -m kikfacts.web.cli` until it is wired into kikfacts.cli
    parser = argparse.ArgumentParser(prog="kikfacts")
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser(sub)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
