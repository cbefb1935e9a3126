"""Typed parser outcomes (STYLE.md "Typed outcomes")."""
from __future__ import annotations


class MessageRefused(Exception):
    """The message cannot be read safely (too large, too many parts). Goes to human review."""


MAX_MESSAGE_BYTES = 50 * 2**20
MAX_PARTS = 1000
