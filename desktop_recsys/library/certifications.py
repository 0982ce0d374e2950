"""Certifications (age ratings) of many countries on one ordered scale: the minimum age.

Systems differ: the US MPAA (G, PG, PG-13, R, NC-17) and TV guidelines (TV-Y ... TV-MA), the
British BBFC (U, PG, 12A, 15, 18), the German FSK (0, 6, 12, 16, 18), and more. A profile's
limit and an item's certification are compared as minimum ages; the original text is kept for
display. :func:`min_age` reads what files and people write: "PG-13", "Rated PG-13", "Rated R for
violence", "US:PG-13", "UK:15", "Germany:FSK 12", "FSK12", "de/16", "12+", "16". Without a
country, letters are read as the US system (Kodi's default) and a bare number is an age.
"Not Rated", "NR", "Unrated" and text no system knows are unrated (None).

The mapping (ages; documented in docs/LIMITS.md):

============ ======================================================================
US (MPAA)    G 0, PG 10, PG-13 13, R 17, NC-17 18, X 18
US (TV)      TV-Y 0, TV-G 0, TV-Y7 7, TV-PG 10, TV-14 14, TV-MA 17
UK (BBFC)    U 0, Uc 0, PG 8, 12A 12, 12 12, 15 15, 18 18, R18 18
DE (FSK)     0, 6, 12, 16, 18 (with or without "FSK")
AU           G 0, PG 8, M 15, MA15+ 15, R18+ 18, X18+ 18
FR           U/TP 0, 10, 12, 16, 18
NL           AL 0, 6, 9, 12, 14, 16, 18
============ ======================================================================
"""

from __future__ import annotations

import re

#: The oldest minimum age any system uses (a limit of 21 allows everything).
MAX_AGE = 21

_US = {
    "G": 0, "PG": 10, "PG-13": 13, "R": 17, "NC-17": 18, "X": 18,
    "TV-Y": 0, "TV-G": 0, "TV-Y7": 7, "TV-Y7-FV": 7, "TV-PG": 10, "TV-14": 14, "TV-MA": 17,
}  # fmt: skip
_UK = {"U": 0, "UC": 0, "PG": 8, "12A": 12, "12": 12, "15": 15, "18": 18, "R18": 18}
_AU = {"G": 0, "PG": 8, "M": 15, "MA15+": 15, "MA": 15, "R18+": 18, "R": 18, "X18+": 18}
_FR = {"U": 0, "TP": 0, "TOUS PUBLICS": 0}
_NL = {"AL": 0}
# Country words and codes -> the letter system they use (numbers are ages everywhere).
_SYSTEMS: dict[str, dict[str, int]] = {
    "us": _US, "usa": _US, "united states": _US, "mpaa": _US,
    "uk": _UK, "gb": _UK, "united kingdom": _UK, "great britain": _UK, "bbfc": _UK,
    "au": _AU, "australia": _AU, "fr": _FR, "france": _FR, "nl": _NL, "netherlands": _NL,
    "de": {}, "germany": {}, "fsk": {},
}  # fmt: skip
_UNRATED = {"NR", "NOT RATED", "UNRATED", "N/A", "NA", "NONE", "UNKNOWN", "?", "-"}
_PREFIX = re.compile(r"^(?:rated|rating|certificate|certification)\s*:?\s+", re.IGNORECASE)
_COUNTRY = re.compile(r"^([A-Za-z][A-Za-z .]*?)\s*[:/]\s*(.+)$")
_COUNTRY_AFTER = re.compile(r"^(.+?)\s*\(([A-Za-z][A-Za-z .]*)\)$")  # "PG (UK)"
_FSK = re.compile(r"^(?:FSK|USK|PEGI|KJ|AB|AL)?\s*-?\s*(\d{1,2})\s*\+?$", re.IGNORECASE)
_REASON = re.compile(r"\s+(?:for|on appeal|-\s).*$", re.IGNORECASE)


def min_age(text: str | None) -> int | None:
    """The minimum age ``text`` (a certification as written) stands for, or None (unrated)."""
    if text is None:
        return None
    value = " ".join(str(text).split())
    if not value:
        return None
    # Kodi joins several countries' ratings with " / ": the first that reads wins.
    if " / " in value:
        for part in value.split(" / "):
            age = min_age(part)
            if age is not None:
                return age
        return None
    value = _PREFIX.sub("", value)
    system: dict[str, int] = _US
    after = _COUNTRY_AFTER.match(value)
    if after and after.group(2).strip().lower() in _SYSTEMS:
        value = f"{after.group(2)}:{after.group(1)}"
    found = _COUNTRY.match(value)
    if found and found.group(1).strip().lower() in _SYSTEMS:
        system = _SYSTEMS[found.group(1).strip().lower()]
        value = found.group(2).strip()
    value = _PREFIX.sub("", value)
    value = _REASON.sub("", value).strip()
    upper = value.upper()
    if upper in _UNRATED:
        return None
    if upper in system:
        return system[upper]
    number = _FSK.match(value)
    if number:
        age = int(number.group(1))
        return age if 0 <= age <= MAX_AGE else None
    # Letters without a country (or of an unknown one): the US system, then the British
    # (U, 12A) and the Australian (M, MA15+) ones, which use other letters.
    for known in (_US, _UK, _AU):
        if upper in known:
            return known[upper]
    return None


def describe_age(age: int | None) -> str:
    """An age as a person reads it in a list ("12+", "all ages", "unrated")."""
    if age is None:
        return "unrated"
    return "all ages" if age == 0 else f"{age}+"


#: Choices the window offers for a profile's maximum (text, age), mildest first.
COMMON_LIMITS: tuple[tuple[str, int], ...] = (
    ("G / U / FSK 0", 0),
    ("FSK 6", 6),
    ("PG (UK)", 8),
    ("PG (US)", 10),
    ("12A / FSK 12", 12),
    ("PG-13", 13),
    ("15", 15),
    ("FSK 16", 16),
    ("R", 17),
)


# -- music: parental advisories ---------------------------------------------------------------
def explicit_from_tags(tags: dict[str, list[str]]) -> bool:
    """Whether a track's tags mark it explicit: iTunes advisory 1 or 4 (MP4 ``rtng``, or
    ``ITUNESADVISORY`` as a freeform/TXXX/Vorbis field), or ``EXPLICIT`` set to a true value.
    Advisory 2 is a clean version, 0 none."""
    for value in tags.get("itunesadvisory", ()):
        number = re.match(r"\s*(\d+)", str(value))
        if number and int(number.group(1)) in (1, 4):
            return True
    for value in tags.get("explicit", ()):
        if str(value).strip().lower() in ("1", "true", "yes", "explicit", "e"):
            return True
    return False
