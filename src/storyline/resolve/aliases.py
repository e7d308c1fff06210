"""The alias file users edit to merge, split or rename canonical actors, applied on every build."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import ConfigError
from storyline.resolve.names import fold


@dataclass(frozen=True)
class AliasFile:
    """``merge``: groups of names that are one entity; ``split``: names never merged with
    others; ``rename``: canonical name to show for a name."""

    merge: tuple[tuple[str, ...], ...] = ()
    split: frozenset[str] = frozenset()  # folded names
    rename: tuple[tuple[str, str], ...] = ()  # (folded name, display name)


def load_aliases(path: Path) -> AliasFile:
    """Read an alias file (TOML)::

        merge = [["Zelensky", "Zelenskiy", "Volodymyr Zelensky"]]
        split = ["Smith"]
        [rename]
        "Vladimir Poutine" = "Vladimir Putin"
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"alias file {path} does not exist; create it or drop --aliases") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"alias file {path} is not valid TOML: {exc}") from exc
    unknown = set(data) - {"merge", "split", "rename"}
    if unknown:
        raise ConfigError(f"alias file {path}: unknown key(s) {sorted(unknown)}; "
                          "use merge, split and rename")
    merge = data.get("merge", [])
    if not isinstance(merge, list) or not all(
            isinstance(g, list) and all(isinstance(n, str) for n in g) for g in merge):
        raise ConfigError(f"alias file {path}: merge must be a list of lists of names")
    return AliasFile(
        merge=tuple(tuple(group) for group in merge),
        split=frozenset(fold(n) for n in data.get("split", [])),
        rename=tuple((fold(k), str(v)) for k, v in data.get("rename", {}).items()),
    )
