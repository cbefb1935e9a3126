"""Shared test support. ``ROOT`` is the project's own checkout (never anything outside it) and
``DATA`` its labelled mail."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data"
