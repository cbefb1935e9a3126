"""libical's iTIP restriction check (RFC 5546), through ctypes on Debian's ``libical3``.

``icalrestriction_check`` walks a parsed VCALENDAR and adds an ``X-LIC-ERROR`` property wherever a
property is missing, repeated or not allowed for the METHOD (e.g. a REQUEST without ORGANIZER, a
REPLY with two ATTENDEEs). We parse, run the check, serialise and collect those errors. The parser
itself also adds ``X-LIC-ERROR`` for lines it cannot read, so one call covers both.

Used by the tests on every invitation stepbot sends, and by ``stepbot``'s self-check when present.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import re
from functools import lru_cache

_LIB_NAMES = ("libical.so.3", "libical.so")


@lru_cache(maxsize=1)
def _lib():
    for name in (*_LIB_NAMES, ctypes.util.find_library("ical")):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        lib.icalparser_parse_string.restype = ctypes.c_void_p
        lib.icalparser_parse_string.argtypes = [ctypes.c_char_p]
        lib.icalrestriction_check.restype = ctypes.c_int
        lib.icalrestriction_check.argtypes = [ctypes.c_void_p]
        lib.icalcomponent_as_ical_string.restype = ctypes.c_char_p
        lib.icalcomponent_as_ical_string.argtypes = [ctypes.c_void_p]
        lib.icalcomponent_free.restype = None
        lib.icalcomponent_free.argtypes = [ctypes.c_void_p]
        return lib
    return None


def available() -> bool:
    return _lib() is not None


class ItipCheck:
    """The outcome: ``ok`` (libical's verdict) and the X-LIC-ERROR texts it added."""

    def __init__(self, ok: bool, errors: list[str], checked: str):
        self.ok = ok
        self.errors = errors
        self.checked = checked

    def __bool__(self) -> bool:
        return self.ok and not self.errors

    def __repr__(self) -> str:
        return f"ItipCheck(ok={self.ok}, errors={self.errors!r})"


def check(ics: bytes | str) -> ItipCheck:
    """Parse ``ics`` with libical and run ``icalrestriction_check`` on it."""
    lib = _lib()
    if lib is None:
        raise RuntimeError("libical3 is not installed (apt-get install libical3)")
    data = ics.encode("utf-8") if isinstance(ics, str) else ics
    comp = lib.icalparser_parse_string(data)
    if not comp:
        return ItipCheck(False, ["libical could not parse the calendar"], "")
    try:
        ok = bool(lib.icalrestriction_check(comp))
        out = lib.icalcomponent_as_ical_string(comp).decode("utf-8", "replace")
    finally:
        lib.icalcomponent_free(comp)
    unfolded = re.sub(r"\r?\n[ \t]", "", out)
    errors = [line.split(":", 1)[1] if ":" in line else line
              for line in unfolded.splitlines() if line.upper().startswith("X-LIC-ERROR")]
    return ItipCheck(ok, errors, out)
