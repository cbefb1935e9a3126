"""Request references: the one place that makes them and recognises them.

A reference is short enough to read out on the phone and cannot be guessed from the one before:
``KNO-0013-7QK`` is the authority's code, the request's number in that authority, and a check part
of three random characters stored on the request. The check alphabet leaves out I, L, O and U
(Crockford's base 32), and what people mistype for them (O for 0, I or L for 1) is read back.

Requests opened before these references have no stored one and keep their old form,
``SB-knowsley-13``: replies quoting it still find them. Only those requests answer to the old
form, so a guessed old-form number of a newer request finds nothing.
"""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

CHECK_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"   # Crockford base 32
CHECK_LENGTH = 3
_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1"})

# Recognised anywhere in a subject, a header or quoted text. The check part may be mistyped in
# lower case; the code is 2 to 5 letters.
_NEW = r"\b(?P<code>[A-Za-z]{2,5})-(?P<seq>\d{4,9})-(?P<check>[0-9A-Za-z]{3})\b"
_OLD = r"\bSB-(?P<auth>[a-z_]+)-(?P<n>\d{1,9})\b"
PATTERN = re.compile(f"{_NEW}|{_OLD}")
_WHOLE = re.compile(f"^(?:{_NEW}|{_OLD})$")


@dataclass(frozen=True)
class Reference:
    """A reference as written in a mail: the new form (code, seq, check) or the old (authority, seq)."""

    text: str                 # the canonical spelling: what Request.ref holds, or the old form
    seq: int
    code: str | None = None
    authority: str | None = None   # old form only

    @property
    def legacy(self) -> bool:
        return self.authority is not None


def new_check() -> str:
    return "".join(secrets.choice(CHECK_ALPHABET) for _ in range(CHECK_LENGTH))


def make(code: str, seq: int, check: str) -> str:
    return f"{code.upper()}-{seq:04d}-{check}"


def legacy(authority: str, seq: int) -> str:
    return f"SB-{authority}-{seq}"


def default_code(authority: str) -> str:
    """The authority's code when the deployment names none: the first three letters of its name."""
    letters = re.sub(r"[^A-Za-z]", "", authority)
    return (letters[:3] or "REF").upper()


def _from_match(m: re.Match) -> Reference | None:
    if m.group("auth"):
        return Reference(text=m.group(0), seq=int(m.group("n")), authority=m.group("auth"))
    check = m.group("check").upper().translate(_MISREAD)
    if any(ch not in CHECK_ALPHABET for ch in check):
        return None
    code, seq = m.group("code").upper(), int(m.group("seq"))
    return Reference(text=make(code, seq, check), seq=seq, code=code)


def parse(text: str | None) -> Reference | None:
    """The reference ``text`` is (the whole of it), or None."""
    m = _WHOLE.match((text or "").strip())
    return _from_match(m) if m else None


def find(text: str | None, codes=None) -> Reference | None:
    """The first reference in ``text``. With ``codes``, a new-form one counts only if its code is
    one of them (so a case number such as ``EHM-4821-A2B`` from another system is not taken)."""
    wanted = {c.upper() for c in codes} if codes is not None else None
    for m in PATTERN.finditer(text or ""):
        ref = _from_match(m)
        if ref is None:
            continue
        if ref.code and wanted is not None and ref.code not in wanted:
            continue
        return ref
    return None


def lookup(session, reference: str | Reference | None):
    """The request this reference names, or None: a new-form reference must match the stored one
    exactly (a wrong check part finds nothing); the old form finds only requests that have no
    stored reference, the ones opened before it existed."""
    from sqlalchemy import select

    from bot.models import Request

    ref = reference if isinstance(reference, Reference) or reference is None else parse(reference)
    if ref is None:
        return None
    if ref.legacy:
        return session.scalar(select(Request).where(Request.authority == ref.authority, Request.seq == ref.seq,
                                                    Request.ref.is_(None)))
    return session.scalar(select(Request).where(Request.ref == ref.text))
