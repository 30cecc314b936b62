"""Median and 90th percentile in SQL, exactly as statistics.median and build.py's
linear interpolation compute them in Python: each value is ranked within its group by
ROW_NUMBER and COUNT windows (which both databases have), and the middle or the two
closest ranks are picked with plain comparisons, in the same floating-point operations."""

from __future__ import annotations

from sqlalchemy import CTE, Float, and_, case, cast, func, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement

#: The quantile the transitions report besides the median.
P90 = 0.9


def real(number: float) -> ColumnElement[float]:
    return cast(literal(number), Float)


def ranked(source, groups: list, value: ColumnElement, name: str, carried: tuple = ()) -> CTE:
    """``source``'s rows with the group columns, the ``carried`` ones, ``v`` (the value),
    ``r`` (its rank in its group, 1 for the smallest) and ``c`` (the group's size)."""
    partition = groups or None
    return (
        select(
            *groups,
            *carried,
            value.label("v"),
            func.row_number().over(partition_by=partition, order_by=value).label("r"),
            func.count().over(partition_by=partition).label("c"),
        )
        .select_from(source)
        .cte(name)
    )


def median(values: CTE) -> ColumnElement[float]:
    """The aggregate median of a ranked group: the middle value, or the mean of the two
    middle ones ((a + b) / 2, as statistics.median)."""
    v, r, c = values.c.v, values.c.r, values.c.c
    middle = and_(r >= (c + 1) // 2, r <= c // 2 + 1)
    return (func.max(case((middle, v))) + func.min(case((middle, v)))) / real(2)


def p90(values: CTE) -> ColumnElement[float]:
    """The aggregate 90th percentile of a ranked group, interpolated linearly at
    0.9 (n - 1) between the two closest ranks."""
    v, r, c = values.c.v, values.c.r, values.c.c
    at = cast(c - 1, Float) * real(P90)  # the 0-based position, per row of the group
    low = and_(cast(r - 1, Float) <= at, at < cast(r, Float))
    high = or_(and_(cast(r - 2, Float) <= at, at < cast(r - 1, Float)), c == 1)
    below, above = func.max(case((low, v))), func.max(case((high, v)))
    position = cast(func.max(c) - 1, Float) * real(P90)
    return below + (above - below) * (position - cast(func.max(case((low, r - 1))), Float))
