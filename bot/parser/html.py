"""HTML to text, the way a reader sees it: paragraphs on their own lines, table rows as
``cell | cell`` lines (Outlook's MsoNormal tables included), scripts, styles and
conditional comments dropped."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment

_BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol",
          "table", "section", "article", "header", "footer", "hr", "dt", "dd", "address"}


def html_to_text(html: str) -> str:
    """Readable text from an HTML body. Never raises on malformed markup."""
    try:
        soup = BeautifulSoup(html, "lxml")
    except Exception:  # lxml refuses some inputs; the stdlib parser takes anything
        soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head", "title", "meta", "xml"]):
        tag.decompose()
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for table in reversed(soup.find_all("table")):
        rows = []
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is not table:
                continue
            cells = [_squash(td.get_text(" ")) for td in tr.find_all(["td", "th"])
                     if td.find_parent("tr") is tr]
            cells = [c for c in cells if c]
            if cells:
                rows.append(" | ".join(cells))
        table.replace_with("\n" + "\n".join(rows) + "\n")
    for tag in soup.find_all(_BLOCK):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text()
    text = text.replace("\xa0", " ")
    lines = [_squash(line) for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _squash(s: str) -> str:
    return re.sub(r"[ \t\r\f\v\xa0]+", " ", s).strip()
