"""Timestamps of a log table as seconds since 1970 (UTC), computed inside the database.

A native TIMESTAMP, TIMESTAMPTZ or DATE column (PostgreSQL) is read as the database
holds it: a time with a zone in UTC, one without as written (as UTC), like the file path.
A text column (and every SQLite column: SQLite has no time type) is read as ISO 8601
(or the German ``DD.MM.YYYY`` with two-digit day and month, then as below):
``YYYY-MM-DD``, or a date, ``T`` or a space and ``HH:MM``, optionally ``:SS`` and a
fraction of up to six digits (``.`` or ``,``), optionally a zone (``Z``, ``±HH``,
``±HH:MM``, ``±HHMM``). The text is checked position by position and converted by
integer arithmetic (days from the civil date, microseconds), the same SQL on both
databases, so both give exactly the seconds Python's datetime gives (microseconds / 10⁶);
an invalid date such as 31 February is refused rather than rolled over, and no text can
make the query fail.
"""

from __future__ import annotations

from sqlalchemy import CTE, BigInteger, Float, and_, case, cast, func, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement

from journeymap.discovery.sql_dialects import Dialect

_SIGNS = ("+", "-")
_FRACTION_SCALE = {1: 100_000, 2: 10_000, 3: 1_000, 4: 100, 5: 10, 6: 1}


def native_seconds(column: ColumnElement) -> tuple[ColumnElement[bool], ColumnElement[float]]:
    """Whether a native time value is usable, and its seconds since 1970 (exact: the
    epoch is a numeric in PostgreSQL, made a float once)."""
    usable = and_(column.is_not(None), func.isfinite(column))
    return usable, cast(func.extract("epoch", column), Float)


def labelled(columns: dict[str, ColumnElement]) -> list[ColumnElement]:
    """The expressions as columns of their names."""
    return [value.label(name) for name, value in columns.items()]


def materialized(cte: CTE) -> CTE:
    """A CTE computed once, never inlined (both databases know AS MATERIALIZED)."""
    return cte.prefix_with("MATERIALIZED")


class TextTime:
    """The SQL that reads a timestamp text (already trimmed), in steps whose results are
    the columns of materialized CTEs (inlined, each step would repeat the previous one's
    expressions dozens of times, and PostgreSQL's planner would drown in them):
    ``iso(text)`` as the ``stamp``, then ``shape(stamp)``, ``well_formed(shaped)``,
    ``parts(formed)`` and ``seconds(parts)``; read() chains all but the first."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect

    def read(self, rows: CTE, carried: list[str], where: tuple = ()) -> tuple:
        """The chain that reads the ``stamp`` column of ``rows`` (made by iso()): a CTE
        with the ``carried`` columns of ``rows`` and the time's parts, of the rows
        ``where`` holds; and on it, whether the time is valid and its seconds."""
        shaped = materialized(
            select(rows, *labelled(self.shape(rows.c.stamp))).where(*where).cte("shaped_rows")
        )
        formed = materialized(
            select(shaped, self.well_formed(shaped.c).label("well_formed")).cte("formed_rows")
        )
        parts = select(*(formed.c[name] for name in carried), *labelled(self.parts(formed.c)))
        parts = materialized(parts.cte("time_parts"))
        return parts, *self.seconds(parts.c)

    def iso(self, text: ColumnElement[str]) -> ColumnElement[str]:
        """A German ``DD.MM.YYYY …`` (two-digit day and month) rewritten as ISO 8601,
        any other text as it is."""
        digits = self.dialect.all_digits

        def at(start: int, count: int) -> ColumnElement[str]:
            return func.substr(text, start, count)

        german = and_(digits(at(1, 2)), at(3, 1) == ".", digits(at(4, 2)), at(6, 1) == ".",
                      digits(at(7, 4)))  # fmt: skip
        rewritten = at(7, 4) + "-" + at(4, 2) + "-" + at(1, 2) + func.substr(text, 11)
        return case((german, rewritten), else_=text)

    def shape(self, text: ColumnElement[str]) -> dict[str, ColumnElement]:
        """The length of an ISO text and the length of its zone suffix (0 for none)."""
        length = func.length(text)

        def at(start, count: int = 1) -> ColumnElement[str]:
            return func.substr(text, start, count)

        digits = self.dialect.all_digits
        zone = case(
            (length < 16, 0),
            (at(length).in_(("Z", "z")), 1),
            (and_(at(length - 5).in_(_SIGNS), at(length - 2) == ":",
                  digits(at(length - 4, 2)), digits(at(length - 1, 2))), 6),
            (and_(at(length - 4).in_(_SIGNS), digits(at(length - 3, 4))), 5),
            (and_(at(length - 2).in_(_SIGNS), digits(at(length - 1, 2))), 3),
            else_=0,
        )  # fmt: skip
        return {"stamp_length": length, "zone_length": zone}

    def well_formed(self, shaped) -> ColumnElement[int]:
        """1 when the shaped text (``shaped`` holds the columns of shape() and the
        ``stamp``) has digits and separators where a timestamp has them, else 0."""
        text, length, middle, places = self._measures(shaped)
        digits = self.dialect.all_digits

        def at(start, count: int = 1) -> ColumnElement[str]:
            return func.substr(text, start, count)

        date = and_(digits(at(1, 4)), at(5) == "-", digits(at(6, 2)), at(8) == "-",
                    digits(at(9, 2)))  # fmt: skip
        clock = and_(
            length >= 16, at(11).in_(("T", " ")), digits(at(12, 2)), at(14) == ":",
            digits(at(15, 2)),
            or_(middle == 0,
                and_(middle >= 3, at(17) == ":", digits(at(18, 2)),
                     or_(middle == 3,
                         and_(middle <= 10, at(20).in_((".", ",")),
                              digits(at(21, places)))))),
        )  # fmt: skip
        return case((and_(date, or_(length == 10, clock)), 1), else_=0)

    @staticmethod
    def _measures(shaped) -> tuple:
        """The text, its length, the length of ":SS" and its fraction between HH:MM and
        the zone, and the fraction's digits (never negative: PostgreSQL refuses a negative
        substring length, and neither database promises to stop at the first false
        condition)."""
        middle = shaped.stamp_length - 16 - shaped.zone_length
        return shaped.stamp, shaped.stamp_length, middle, case((middle > 4, middle - 4), else_=0)

    def parts(self, formed) -> dict[str, ColumnElement[int]]:
        """The numbers of a text (``formed`` holds the columns of shape(), the ``stamp``
        and ``well_formed``): year, month, day, hour, minute, second, micros (of the
        second), zone_hours, zone_minutes and zone_sign; all NULL for a text that is not
        well formed, so no cast ever sees a non-digit."""
        text, length, middle, places = self._measures(formed)
        zone, well = formed.zone_length, formed.well_formed == 1

        def at(start, count: int = 1) -> ColumnElement[str]:
            return func.substr(text, start, count)

        def number(start, count=2, when=None) -> ColumnElement[int]:
            """The digits at start as an integer, 0 where ``when`` is false."""
            value = cast(at(start, count), BigInteger)
            return case((and_(well, when) if when is not None else well, value),
                        (well, literal(0)), else_=None)  # fmt: skip

        zero = case((well, literal(0)), else_=None)
        scale = case(*((places == n, factor) for n, factor in _FRACTION_SCALE.items()), else_=0)
        return {
            "year": number(1, 4), "month": number(6), "day": number(9),
            "hour": number(12, when=length > 10), "minute": number(15, when=length > 10),
            "second": number(18, when=middle >= 3),
            "micros": number(21, places, when=middle >= 5) * scale,
            "zone_hours": case((zone == 6, number(length - 4)), (zone == 5, number(length - 3)),
                               (zone == 3, number(length - 1)), else_=zero),
            "zone_minutes": case((zone.in_((5, 6)), number(length - 1)), else_=zero),
            "zone_sign": case((at(length - zone + 1) == "-", -1), else_=1),
        }  # fmt: skip

    @staticmethod
    def seconds(parts) -> tuple[ColumnElement[bool], ColumnElement[float]]:
        """Whether the parts (columns of parts()) are a valid time, and its seconds since
        1970 (NULL when not)."""
        year, month, day = parts.year, parts.month, parts.day
        leap = or_(and_(year % 4 == 0, year % 100 != 0), year % 400 == 0)
        month_days = case(
            (month.in_((4, 6, 9, 11)), 30), (month == 2, case((leap, 29), else_=28)),
            else_=31,
        )  # fmt: skip
        valid = and_(
            year >= 1, month >= 1, month <= 12, day >= 1, day <= month_days,
            parts.hour <= 23, parts.minute <= 59, parts.second <= 59,
            parts.zone_hours <= 23, parts.zone_minutes <= 59,
        )  # fmt: skip
        clock = parts.hour * 3600 + parts.minute * 60 + parts.second
        offset = parts.zone_sign * (parts.zone_hours * 3600 + parts.zone_minutes * 60)
        micros = ((_days_from_civil(year, month, day) * 86400 + clock - offset) * 1_000_000
                  + parts.micros)  # fmt: skip
        seconds = cast(micros, Float) / cast(literal(1_000_000), Float)
        return valid, case((valid, seconds), else_=None)


def _days_from_civil(year, month, day) -> ColumnElement[int]:
    """Days since 1970-01-01 of a proleptic Gregorian date, in integers only (H. Hinnant's
    days_from_civil; every division here is of non-negative numbers, so truncating and
    flooring agree on both databases)."""
    shifted = year - case((month <= 2, 1), else_=0)
    era = shifted // 400
    year_of_era = shifted - era * 400
    day_of_year = (153 * ((month + 9) % 12) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468
