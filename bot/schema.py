"""What the deployment file and the policy packs share: the strict base model and loading a YAML
file into a model, every problem reported with the file, the key path and the reason."""
from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

M = TypeVar("M", bound=BaseModel)


class ConfigError(Exception):
    """One or more problems in configuration files: a list of (file, key path, reason)."""

    def __init__(self, problems: list[tuple[str, str, str]]):
        self.problems = problems
        super().__init__("\n".join(f"{f}: {k}: {r}" for f, k, r in problems))


def load_yaml_model(path: Path, model: type[M]) -> M:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError([(str(path), "-", f"cannot read: {e.strerror}")]) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ConfigError([(str(path), "-", f"not valid YAML: {e}")]) from None
    if not isinstance(data, dict):
        raise ConfigError([(str(path), "-", "the file must hold a mapping at the top level")])
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise ConfigError([(str(path), _loc(err["loc"]), _reason(err)) for err in e.errors()]) from None


def _loc(loc) -> str:
    parts = [str(p) for p in loc if not str(p).startswith("function-")]
    return ".".join(parts) or "-"


def _reason(err) -> str:
    if err["type"] == "extra_forbidden":
        return "unknown key (not part of the schema; check the spelling)"
    return err["msg"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
