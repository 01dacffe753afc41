"""Configuration files: ``kikfacts.toml`` or ``[tool.kikfacts]`` in ``pyproject.toml``.

Found like ruff and sqlfluff find theirs: from the checked file's folder upward; the nearest file
that has kikfacts settings wins. Unknown keys are errors that name the file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .engine import Config

KEYS = {"lang", "select", "ignore", "severity", "rule_dirs", "options", "fail_on", "preview", "server"}
FAIL_ON = ("error", "warning", "info", "never")


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file."""


@dataclass
class Settings:
    config: Config
    fail_on: str = "error"
    path: str | None = None
    #: URL of a running ``kikfacts serve`` that ``kikfacts check`` sends drafts to.
    server: str | None = None


def _table(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: ugyldig TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: kan ikke læses: {exc.strerror}") from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("kikfacts")
    return data.get("kikfacts", data)


def find_config(start: Path) -> Path | None:
    d = start if start.is_dir() else start.parent
    d = d.resolve()
    for folder in (d, *d.parents):
        for name in ("kikfacts.toml", ".kikfacts.toml", "pyproject.toml"):
            p = folder / name
            if p.is_file() and (name != "pyproject.toml" or _table(p) is not None):
                return p
    return None


def _names(value: Any, key: str, path: Path) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: '{key}' skal være en liste af regelnavne eller koder")
    return frozenset(value)


def load_settings(path: Path | None) -> Settings:
    if path is None:
        return Settings(Config())
    table = _table(path) or {}
    unknown = set(table) - KEYS
    if unknown:
        raise ConfigError(f"{path}: ukendt nøgle '{sorted(unknown)[0]}' (kendte: {', '.join(sorted(KEYS))})")
    cfg = Config()
    if "lang" in table:
        if table["lang"] not in ("da", "en"):
            raise ConfigError(f"{path}: 'lang' skal være 'da' eller 'en'")
        cfg.lang = table["lang"]
    if "select" in table:
        cfg.select = _names(table["select"], "select", path)
    if "ignore" in table:
        cfg.ignore = _names(table["ignore"], "ignore", path)
    if "severity" in table:
        sev = table["severity"]
        if not isinstance(sev, dict) or not all(v in ("error", "warning", "info") for v in sev.values()):
            raise ConfigError(f"{path}: 'severity' skal være en tabel regel = \"error|warning|info\"")
        cfg.severity = dict(sev)
    if "rule_dirs" in table:
        dirs = table["rule_dirs"]
        if not isinstance(dirs, list):
            raise ConfigError(f"{path}: 'rule_dirs' skal være en liste af mapper")
        if not all(isinstance(d, str) for d in dirs):
            raise ConfigError(f"{path}: 'rule_dirs' skal være en liste af mapper (tekst)")
        cfg.rule_dirs = tuple(str((path.parent / d).resolve()) for d in dirs)
    if "options" in table:
        if not isinstance(table["options"], dict):
            raise ConfigError(f"{path}: 'options' skal være en tabel pr. regel")
        bad = [k for k, v in table["options"].items() if not isinstance(v, dict)]
        if bad:
            raise ConfigError(f"{path}: 'options.{bad[0]}' skal være en tabel af indstillinger")
        cfg.options = {k: dict(v) for k, v in table["options"].items()}
    if "preview" in table:
        cfg.preview = bool(table["preview"])
    fail_on = table.get("fail_on", "error")
    if fail_on not in FAIL_ON:
        raise ConfigError(f"{path}: 'fail_on' skal være en af {', '.join(FAIL_ON)}")
    server = table.get("server")
    if server is not None:
        from .remote import valid_url

        if not isinstance(server, str) or not valid_url(server):
            raise ConfigError(f"{path}: 'server' skal være en adresse som \"http://127.0.0.1:8000\"")
    return Settings(cfg, fail_on, str(path), server)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "tal"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, list):
        return "liste"
    return type(value).__name__


def check_options(settings: Settings) -> None:
    """Refuse option overrides for rules that don't exist, options a rule doesn't have, and
    values of another type than the rule's default (a number where a number is expected, ...).

    Raises ConfigError naming the configuration file; RuleError if the rule files are bad."""
    cfg = settings.config
    if not cfg.options:
        return
    from .engine import all_rules

    rules = {}
    for r in all_rules(cfg.rule_dirs):
        rules[r.name] = rules[r.code] = r
    where = settings.path or "konfiguration"
    for rule_name, overrides in cfg.options.items():
        rule = rules.get(rule_name)
        if rule is None:
            raise ConfigError(f"{where}: 'options.{rule_name}': ukendt regel (se 'kikfacts rules')")
        for key, value in overrides.items():
            if key not in rule.options:
                known = ", ".join(sorted(rule.options)) or "ingen"
                raise ConfigError(f"{where}: 'options.{rule_name}.{key}': reglen har ikke den "
                                  f"indstilling (kendte: {known})")
            want, got = _kind(rule.options[key]), _kind(value)
            if want != got:
                raise ConfigError(f"{where}: 'options.{rule_name}.{key}' skal være {want}, "
                                  f"ikke {got} ({value!r})")
            if want == "tal" and (value != value or value < 0):
                raise ConfigError(f"{where}: 'options.{rule_name}.{key}' skal være et tal ≥ 0")
    # Overrides are stored under the rule's name, which is what the engine looks up.
    cfg.options = {rules[k].name: v for k, v in cfg.options.items()}


def resolve_settings(no_config: bool, config_file: str | None, start: Path) -> Settings:
    """The settings a command runs with: none (``--no-config``), the file named with
    ``--config``, or the nearest configuration found upward from ``start``."""
    if no_config:
        return Settings(Config())
    if config_file:
        if not Path(config_file).is_file():
            raise ConfigError(f"{config_file}: konfigurationsfilen findes ikke")
        settings = load_settings(Path(config_file))
    else:
        settings = load_settings(find_config(start if start.exists() else Path.cwd()))
    check_options(settings)
    return settings
