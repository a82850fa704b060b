"""Likely duplicates: the one set of rules that says two records may be the same person.

The person form, the imports and the registry-wide list all ask these rules:

- the same document number, whatever document type each was typed under;
- the same phone;
- a similar name (accents, case and word order aside, a name given in full or in part) and the
  same birth date, or the same birth date with day and month swapped (03/05 and 05/03).

A similar name alone is never enough: namesakes exist. Records folded into another by a merge
are never candidates. A phone, document or birth date shared by more people than its limit is
taken for a filler (the office's phone, a date typed for everyone) and proves nothing.

Comparing everyone with everyone would be quadratic; people are put in blocks by phone, by
document and by birth date (and the swapped date), and only people of the same block (or of a
date and its swapped date) are compared.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import lru_cache
from itertools import combinations, product
from typing import Protocol

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coworking.core import accounts
from coworking.core.text import person_search_name, search_key
from coworking.db.base import utcnow
from coworking.db.enums import DocumentType
from coworking.db.models import Person, PersonToken, Setting, StaffUser

NAME_CUTOFF = 85  # of name_similarity, 0-100
MIN_DOCUMENT_LENGTH = 5  # shorter «numbers» (a «1», «S/N») are not compared
PHONE_LIMIT = 12  # more people than this on one phone: a shared or office number
DOCUMENT_LIMIT = 6  # more than this on one number: a filler («0000000»)
BIRTH_DATE_LIMIT = 1000  # more than this on one date: a date typed for everyone
CHUNK = 500  # values per IN (…) of a query
NOT_SAME_PREFIX = "no_duplicado:"  # setting keys of pairs marked «No es la misma persona»
_DOCUMENT_NOISE = re.compile(r"[\s\-.]")  # as the search words of a document drop them
_SMALL_BLOCK = 64  # pairs below which rapidfuzz is called pair by pair, not through cdist

Progress = Callable[[int, int], None]


class Reason(Enum):
    """Why two records may be one person, strongest first; the value is what staff read."""

    DOCUMENT = "mismo documento"
    PHONE = "mismo teléfono"
    NAME_AND_BIRTH_DATE = "nombre parecido y misma fecha de nacimiento"
    NAME_AND_SWAPPED_BIRTH_DATE = "nombre parecido y fecha de nacimiento con día y mes invertidos"

    @property
    def rank(self) -> int:
        """0 for the strongest reason."""
        return _RANKS[self]


_RANKS = {reason: rank for rank, reason in enumerate(Reason)}


class PersonLike(Protocol):
    given_names: str
    family_names: str
    birth_date: date | None
    phone: str | None
    document_type: DocumentType
    document_number: str | None


@dataclass(frozen=True, slots=True)
class Someone:
    """What the rules compare of one record: a registered person (``key`` is their id) or a
    row of a file (``key`` is its row number)."""

    key: int
    given_names: str
    family_names: str
    search_name: str
    birth_date: date | None
    phone: str | None
    document_type: DocumentType | None
    document_number: str | None
    document: str | None  # the number as compared: see :func:`document_key`
    compared: str = field(init=False, repr=False, compare=False)  # see compared_name
    words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:  # worked out once, not at every comparison
        compared = compared_name(self.search_name)
        object.__setattr__(self, "compared", compared)
        object.__setattr__(self, "words", frozenset(compared.split()))

    @property
    def name(self) -> str:
        return f"{self.given_names} {self.family_names}"


def document_key(number: str | None) -> str | None:
    """A document number as compared across types: no spaces, hyphens or dots, lower case
    (the same text as the document's search word). None when too short to mean anything."""
    if not number:
        return None
    text = _DOCUMENT_NOISE.sub("", number)
    key = text.lower() if text.isascii() else search_key(text)  # the same, the usual case faster
    return key if len(key) >= MIN_DOCUMENT_LENGTH else None


def someone(key: int, person: PersonLike) -> Someone:
    """The record ``person`` (a :class:`Person`, a form's or a row's input) for the rules."""
    return Someone(
        key,
        person.given_names.strip(),
        person.family_names.strip(),
        person_search_name(person.given_names, person.family_names),
        person.birth_date,
        person.phone or None,
        person.document_type if person.document_number else None,
        person.document_number or None,
        document_key(person.document_number),
    )


def swapped(day: date | None) -> date | None:
    """``day`` with day and month exchanged (03/05 → 05/03); None where that is no other date."""
    if day is None or day.day > 12 or day.day == day.month:
        return None
    return day.replace(month=day.day, day=day.month)


@lru_cache(maxsize=8192)  # an import asks for each new row's twice: its flags, then its day
def compared_name(search_name: str) -> str:
    """A search name as the name rule compares it: a repeated word counts twice («torres
    torres» is not «torres»), so «Mayra Torres Torres» is not taken for part of «Mayra Torres
    Castillo»."""
    split = search_name.split()
    if len(set(split)) == len(split):  # the usual case: nothing repeated
        return search_name
    seen: dict[str, int] = {}
    words = []
    for word in split:
        seen[word] = seen.get(word, 0) + 1
        words.append(word if seen[word] == 1 else f"{word}{seen[word]}")
    return " ".join(words)


def name_similarity(first: str, second: str) -> float:
    """0-100: how alike two search names are, word order aside. A name given in part («José
    Núñez») scores 100 against the whole name («José Ángel Núñez Peña»); otherwise every word
    counts, so twins «María José» and «María Fernanda» of the same family score lower."""
    one, other = compared_name(first), compared_name(second)
    return _similarity(one, frozenset(one.split()), other, frozenset(other.split()))


def _similarity(one: str, words: frozenset[str], other: str, other_words: frozenset[str]) -> float:
    if min(len(words), len(other_words)) >= 2 and (words <= other_words or other_words <= words):
        return 100.0
    return fuzz.token_sort_ratio(one, other)


def similar_names(first: Someone, second: Someone) -> bool:
    """The name half of the name-and-birth-date rule (:func:`name_similarity` ≥ cutoff)."""
    score = _similarity(first.compared, first.words, second.compared, second.words)
    return score >= NAME_CUTOFF


@dataclass(frozen=True)
class Fillers:
    """Values shared by too many people to say anything about any two of them."""

    phones: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    birth_dates: frozenset[date] = frozenset()


NO_FILLERS = Fillers()


def reasons_between(
    first: Someone, second: Someone, fillers: Fillers = NO_FILLERS
) -> tuple[Reason, ...]:
    """Why ``first`` and ``second`` may be the same person, strongest first (empty: no
    reason). This is the rule itself; the blocking below only spares useless comparisons."""
    found: list[Reason] = []
    document = first.document
    if document and document == second.document and document not in fillers.documents:
        found.append(Reason.DOCUMENT)
    if first.phone and first.phone == second.phone and first.phone not in fillers.phones:
        found.append(Reason.PHONE)
    born, other = first.birth_date, second.birth_date
    if born and other and born not in fillers.birth_dates and other not in fillers.birth_dates:
        if born == other:
            relation = Reason.NAME_AND_BIRTH_DATE
        elif swapped(born) == other:
            relation = Reason.NAME_AND_SWAPPED_BIRTH_DATE
        else:
            relation = None
        if relation and similar_names(first, second):
            found.append(relation)
    return tuple(found)


@dataclass(frozen=True)
class Pair:
    """Two records that may be one person. Among registered people ``first`` is the older
    record; between new records and registered ones, ``first`` is the new one."""

    first: Someone
    second: Someone
    reasons: tuple[Reason, ...]
    similarity: float  # of the names, 0-100

    @property
    def reason(self) -> str:
        """The reasons in Spanish, strongest first: «mismo documento; mismo teléfono»."""
        return reason_text(self.reasons)

    @property
    def keys(self) -> tuple[int, int]:
        return (self.first.key, self.second.key)


def reason_text(reasons: Iterable[Reason]) -> str:
    return "; ".join(reason.value for reason in reasons)


def _sort_key(pair: Pair) -> tuple:
    """Strongest reason first, then more reasons, then more alike names."""
    return (
        pair.reasons[0].rank,
        -len(pair.reasons),
        -pair.similarity,
        pair.first.search_name,
        pair.keys,
    )


# --- blocking -----------------------------------------------------------------------------------


@dataclass
class _Blocks:
    phones: dict[str, list[Someone]] = field(default_factory=lambda: defaultdict(list))
    documents: dict[str, list[Someone]] = field(default_factory=lambda: defaultdict(list))
    births: dict[date, list[Someone]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, people: Iterable[Someone]) -> _Blocks:
        blocks = cls()
        for person in people:
            if person.phone:
                blocks.phones[person.phone].append(person)
            if person.document:
                blocks.documents[person.document].append(person)
            if person.birth_date:
                blocks.births[person.birth_date].append(person)
        return blocks


def _fillers(left: _Blocks, right: _Blocks | None) -> Fillers:
    def over(mine: dict, theirs: dict | None, limit: int) -> frozenset:
        return frozenset(
            key
            for key, members in mine.items()
            if len(members) + (len(theirs.get(key, ())) if theirs is not None else 0) > limit
        )

    return Fillers(
        over(left.phones, right and right.phones, PHONE_LIMIT),
        over(left.documents, right and right.documents, DOCUMENT_LIMIT),
        over(left.births, right and right.births, BIRTH_DATE_LIMIT)
        | (over(right.births, left.births, BIRTH_DATE_LIMIT) if right is not None else frozenset()),
    )


def _alike(
    left: Sequence[Someone], right: Sequence[Someone], triangle: bool
) -> Iterator[tuple[Someone, Someone]]:
    """The pairs of ``left`` × ``right`` with similar names (``triangle``: ``right`` is
    ``left`` and each unordered pair comes once)."""
    if triangle:
        if len(left) * len(left) <= _SMALL_BLOCK:
            for one, other in combinations(left, 2):
                if similar_names(one, other):
                    yield one, other
            return
    elif len(left) * len(right) <= _SMALL_BLOCK:
        for one, other in product(left, right):
            if similar_names(one, other):
                yield one, other
        return
    import numpy

    # token_ratio is at least what name_similarity gives: a quick sieve, confirmed one by one
    scores = process.cdist(
        [p.compared for p in left],
        [p.compared for p in right],
        scorer=fuzz.token_ratio,
        score_cutoff=NAME_CUTOFF,
        dtype=numpy.uint8,
    )
    for row, column in zip(*numpy.nonzero(scores), strict=True):
        if triangle and row >= column:
            continue
        one, other = left[row], right[column]
        if similar_names(one, other):
            yield one, other


def _proposed(
    left: _Blocks, right: _Blocks | None, fillers: Fillers, progress: Progress | None
) -> Iterator[tuple[Someone, Someone]]:
    """Pairs worth asking :func:`reasons_between` about. ``right`` None: pairs within
    ``left``; otherwise pairs of one record of ``left`` and one of ``right``."""
    same = right is None
    other = left if same else right
    assert other is not None
    for mine, theirs, skip in (
        (left.phones, other.phones, fillers.phones),
        (left.documents, other.documents, fillers.documents),
    ):
        for key, members in mine.items():
            if key in skip:
                continue
            if same:
                yield from combinations(members, 2)
            else:
                yield from product(members, theirs.get(key, ()))
    total, done = len(left.births), 0
    for day, members in left.births.items():
        done += 1
        if progress is not None and done % 500 == 0:
            progress(done, total)
        if day in fillers.birth_dates:
            continue
        equal = other.births.get(day)
        if equal:
            yield from _alike(members, equal, triangle=same)
        turned = swapped(day)
        if turned is None or turned in fillers.birth_dates or (same and turned < day):
            continue
        partners = other.births.get(turned)
        if partners:
            yield from _alike(members, partners, triangle=False)
    if progress is not None:
        progress(total, total)


def _pairs(
    left: Sequence[Someone], right: Sequence[Someone] | None, progress: Progress | None
) -> list[Pair]:
    return _block_pairs(_Blocks.of(left), None if right is None else _Blocks.of(right), progress)


def _block_pairs(
    left_blocks: _Blocks, right_blocks: _Blocks | None, progress: Progress | None
) -> list[Pair]:
    right = right_blocks
    fillers = _fillers(left_blocks, right_blocks)
    seen: set[tuple[int, int]] = set()
    found: list[Pair] = []
    for one, other in _proposed(left_blocks, right_blocks, fillers, progress):
        if right is None and one.key > other.key:
            one, other = other, one
        keys = (one.key, other.key)
        if keys in seen or (right is None and one.key == other.key):
            continue
        seen.add(keys)
        reasons = reasons_between(one, other, fillers)
        if reasons:
            similarity = _similarity(one.compared, one.words, other.compared, other.words)
            found.append(Pair(one, other, reasons, similarity))
    found.sort(key=_sort_key)
    return found


def pairs_among(people: Sequence[Someone], progress: Progress | None = None) -> list[Pair]:
    """Every likely-duplicate pair within ``people`` (keys unique), strongest first."""
    return _pairs(people, None, progress)


def pairs_between(new: Sequence[Someone], known: Sequence[Someone]) -> list[Pair]:
    """Every pair of one of ``new`` (``first``) and one of ``known`` (``second``) that may be
    the same person, strongest first."""
    return _pairs(new, known, None)


class Gathered:
    """People gathered a batch at a time (the earlier rows of a file being checked), each new
    batch compared with all those before it without sorting them into blocks again."""

    def __init__(self) -> None:
        self._blocks = _Blocks()
        self.count = 0

    def add(self, people: Iterable[Someone]) -> None:
        for person in people:
            self.count += 1
            if person.phone:
                self._blocks.phones[person.phone].append(person)
            if person.document:
                self._blocks.documents[person.document].append(person)
            if person.birth_date:
                self._blocks.births[person.birth_date].append(person)

    def pairs_with(self, new: Sequence[Someone]) -> list[Pair]:
        """Like :func:`pairs_between` (``new`` first, a gathered person second)."""
        if not self.count or not new:
            return []
        return _block_pairs(_Blocks.of(new), self._blocks, None)


# --- the registry -------------------------------------------------------------------------------

_COLUMNS = (
    Person.id,
    Person.given_names,
    Person.family_names,
    Person.search_name,
    Person.birth_date,
    Person.phone,
    Person.document_type,
    Person.document_number,
)


def _someone_of(row) -> Someone:
    person_id, given, family, name, born, phone, kind, number = row
    return Someone(
        person_id,
        given,
        family,
        name,
        born,
        phone,
        kind if number else None,
        number,
        document_key(number),
    )


def registered_like(
    session: Session,
    people: Sequence[Someone],
    exclude_ids: Iterable[int] = (),
    registry_days: RegistryDays | None = None,
) -> list[Someone]:
    """The registered people (never merged ones) sharing a phone or a document number with
    any of ``people``, or born on their day (also swapped) with a similar name: all those the
    rules could pair them with. ``registry_days``: the names by day, from memory.

    Merged records are dropped after reading: with «merged_into_id IS NULL» in the query,
    SQLite searches the index of merged records (which every person matches) instead of the
    phone's, and reads the whole registry for each batch of an import."""
    phones = sorted({p.phone for p in people if p.phone})
    documents = sorted({p.document for p in people if p.document})
    conditions = []
    for start in range(0, len(phones), CHUNK):
        conditions.append(Person.phone.in_(phones[start : start + CHUNK]))
    for start in range(0, len(documents), CHUNK):
        words = select(PersonToken.person_id).where(
            PersonToken.token.in_(documents[start : start + CHUNK])
        )
        conditions.append(Person.id.in_(words))
    alike = sorted(
        registry_days.alike(people)
        if registry_days is not None
        else _named_alike_on_their_day(session, people)
    )
    for start in range(0, len(alike), CHUNK):
        conditions.append(Person.id.in_(alike[start : start + CHUNK]))
    excluded = set(exclude_ids)
    found: dict[int, Someone] = {}
    for condition in conditions:  # merged records left out here, not in SQL: see above
        query = select(*_COLUMNS, Person.merged_into_id).where(condition)
        for *row, merged in session.execute(query):
            if merged is None and row[0] not in excluded and row[0] not in found:
                found[row[0]] = _someone_of(row)
    return list(found.values())


def _on_day(people: Sequence[Someone]) -> dict[date, list[Someone]]:
    """``people`` by birth date, each also under the swapped date."""
    on_day: dict[date, list[Someone]] = defaultdict(list)
    for person in people:
        if person.birth_date:
            on_day[person.birth_date].append(person)
            if (turned := swapped(person.birth_date)) is not None:
                on_day[turned].append(person)
    return on_day


class RegistryDays:
    """The registered people's names by birth date, read once (an import of 200,000 rows asks
    for the same days again and again) and kept up to date with the people the import adds.
    People registered meanwhile at another station are not in it: an import does not flag
    its rows against them (the list of likely duplicates finds them later)."""

    def __init__(self, session: Session | None) -> None:
        """The registry of ``session``'s database; None: empty, filled by :meth:`add`."""
        # day -> (ids, compared names), side by side: the names are handed to rapidfuzz as
        # they are, not gathered again for every batch
        self._by_day: dict[date, tuple[list[int], list[str]]] = defaultdict(lambda: ([], []))
        if session is None:
            return
        rows = session.execute(
            select(Person.id, Person.search_name, Person.birth_date).where(
                Person.merged_into_id.is_(None), Person.birth_date.is_not(None)
            )
        )
        for person_id, name, born in rows:
            self.add(person_id, name, born)

    def add(self, person_id: int, search_name: str, born: date | None) -> None:
        if born is not None:  # names only: their words are split when compared (memory)
            ids, names = self._by_day[born]
            ids.append(person_id)
            names.append(compared_name(search_name))

    def alike(self, people: Sequence[Someone]) -> set[int]:
        """As :func:`_named_alike_on_their_day`, from memory."""
        found: set[int] = set()
        for day, here in _on_day(people).items():
            registered = self._by_day.get(day)
            if not registered or len(registered[0]) + len(here) > BIRTH_DATE_LIMIT:
                continue
            ids, names = registered
            for person in here:
                found.update(ids[i] for i in _alike_names(person, names))
        return found


def _alike_names(person: Someone, names: list[str]) -> Iterator[int]:
    """Indexes of ``names`` (compared names) :func:`_similarity` puts at or above the cutoff
    against ``person``, worked out by rapidfuzz over the whole list at once: its token sort
    ratio, then (for names of two words or more) one name's words all within the other's,
    which is what a token set ratio of 100 says."""
    for _name, _score, index in process.extract(
        person.compared, names, scorer=fuzz.token_sort_ratio, score_cutoff=NAME_CUTOFF, limit=None
    ):
        yield index
    if len(person.words) >= 2:
        for name, _score, index in process.extract(
            person.compared, names, scorer=fuzz.token_set_ratio, score_cutoff=100, limit=None
        ):
            if " " in name:
                yield index


def _named_alike_on_their_day(session: Session, people: Sequence[Someone]) -> set[int]:
    """The registered people born on the day (or the swapped day) of one of ``people`` whose
    name is similar to theirs: the only ones the name-and-birth-date rule can pair with them.
    Only names and dates are read for the comparison, so that a batch of an import does not
    load the dozens of people born on each of its days; a day shared by more people than
    :data:`BIRTH_DATE_LIMIT` (a date typed for everyone) pairs no one, as in the rule."""
    on_day = _on_day(people)
    days = sorted(on_day)
    counts: dict[date, int] = {}
    for start in range(0, len(days), CHUNK):
        counts.update(
            session.execute(
                select(Person.birth_date, func.count())
                .where(Person.birth_date.in_(days[start : start + CHUNK]))
                .group_by(Person.birth_date)
            ).all()
        )
    wanted = [day for day in days if 0 < counts.get(day, 0) + len(on_day[day]) <= BIRTH_DATE_LIMIT]
    found: set[int] = set()
    for start in range(0, len(wanted), CHUNK):
        for person_id, name, born, merged in session.execute(
            select(Person.id, Person.search_name, Person.birth_date, Person.merged_into_id).where(
                Person.birth_date.in_(wanted[start : start + CHUNK])
            )
        ):
            if merged is not None:  # tested here, not in SQL: see registered_like
                continue
            compared = compared_name(name)
            words = frozenset(compared.split())
            if any(
                _similarity(p.compared, p.words, compared, words) >= NAME_CUTOFF
                for p in on_day[born]
            ):
                found.add(person_id)
    return found


def candidates_for(
    session: Session, person: PersonLike, exclude_id: int | None = None
) -> list[Pair]:
    """Registered people who may be ``person`` (as typed in a form): ``second`` of each pair,
    strongest reason first."""
    typed = someone(0, person)
    exclude = () if exclude_id is None else (exclude_id,)
    return pairs_between([typed], registered_like(session, [typed], exclude))


def everyone(session: Session) -> list[Someone]:
    """Every registered person not merged into another, for the rules."""
    query = select(*_COLUMNS).where(Person.merged_into_id.is_(None)).order_by(Person.id)
    return [_someone_of(row) for row in session.execute(query)]


def registry_pairs(
    session: Session, actor: StaffUser, progress: Progress | None = None
) -> list[Pair]:
    """Every likely-duplicate pair of the registry (coordinators and administrators), but
    those marked «No es la misma persona»; strongest reasons first."""
    accounts.require_role(actor, accounts.REPORTS)
    people = everyone(session)
    dismissed = not_same_pairs(session)
    return [p for p in pairs_among(people, progress) if p.keys not in dismissed]


# --- «No es la misma persona» -------------------------------------------------------------------


def _not_same_key(first_id: int, second_id: int) -> str:
    low, high = sorted((first_id, second_id))
    return f"{NOT_SAME_PREFIX}{low}-{high}"


def not_same_pairs(session: Session) -> set[tuple[int, int]]:
    """The pairs (lower id first) a coordinator said are two different people."""
    keys = session.scalars(select(Setting.key).where(Setting.key.like(NOT_SAME_PREFIX + "%")))
    pairs = set()
    for key in keys:
        low, _, high = key.removeprefix(NOT_SAME_PREFIX).partition("-")
        if low.isdigit() and high.isdigit():
            pairs.add((int(low), int(high)))
    return pairs


def mark_not_same(session: Session, actor: StaffUser, first_id: int, second_id: int) -> None:
    """Remember that these two records are different people: the list will not show them
    again. One setting per pair (who and when in its value), so two coordinators marking
    pairs at the same time never overwrite each other."""
    accounts.require_role(actor, accounts.REPORTS)
    key = _not_same_key(first_id, second_id)
    if session.get(Setting, key) is None:
        value = {"por": actor.id, "el": utcnow().isoformat()}
        session.add(Setting(key=key, value=json.dumps(value)))


def merged_ids(session: Session, person_ids: Iterable[int]) -> set[int]:
    """Those of ``person_ids`` folded into another record."""
    ids = list(person_ids)
    if not ids:
        return set()
    return set(
        session.scalars(
            select(Person.id).where(Person.id.in_(ids), Person.merged_into_id.is_not(None))
        )
    )
