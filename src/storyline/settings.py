"""Settings: built-in defaults < user file (storyline.toml) < environment (STORYLINE_*)."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import ConfigError

USER_FILES = (Path("storyline.toml"), Path.home() / ".config" / "storyline" / "config.toml")


@dataclass(frozen=True)
class Settings:
    db: str = "storyline.db"  # SQLite path or database URL
    model: str = "fr_core_news_md"  # spaCy pipeline
    max_bytes: int = 20_000_000  # inputs larger than this are skipped
    processes: int = 1  # spaCy worker processes
    aliases: str | None = None  # alias file for canonical actors


def _coerce(name: str, raw: object) -> object:
    wanted = {f.name: f.type for f in dataclasses.fields(Settings)}[name]
    if wanted == "int":
        try:
            return int(str(raw))
        except ValueError:
            raise ConfigError(f"setting {name!r} must be a whole number, got {raw!r}") from None
    return str(raw)


def load_settings(path: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Read the first user file found (or ``path``), then STORYLINE_* variables on top."""
    environ = dict(os.environ) if environ is None else environ
    values: dict[str, object] = {}
    for candidate in ([path] if path else list(USER_FILES)):
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{candidate}: not valid TOML ({exc}); fix or remove it") from exc
            section = data.get("storyline", data)
            known = {f.name for f in dataclasses.fields(Settings)}
            unknown = set(section) - known
            if unknown:
                raise ConfigError(
                    f"{candidate}: unknown setting(s) {sorted(unknown)}; known: {sorted(known)}")
            values.update({k: _coerce(k, v) for k, v in section.items()})
            break
    for f in dataclasses.fields(Settings):
        env = environ.get(f"STORYLINE_{f.name.upper()}")
        if env is not None:
            values[f.name] = _coerce(f.name, env)
    return Settings(**values)  # type: ignore[arg-type]
