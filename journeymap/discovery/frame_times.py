"""The timestamps of a whole column at once, as timestamps.parse_time reads one.

A log is written in one format, so the format of its first values is tried on the whole
column in polars (a million timestamps in a tenth of a second); the few values it does
not read, and every value when no format fits the start, go through parse_time one
distinct value at a time (event_table.py). A format is used only when it reads the sample exactly as
parse_time does, so both ways give the same seconds.
"""

from __future__ import annotations

import polars as pl

from journeymap.discovery.timestamps import parse_time

#: polars formats of the usual forms, with the dtype each parses to. %#z reads "Z",
#: "+01:00" and "+0100"; zoned times come out in UTC.
_FORMATS = (
    ("%Y-%m-%dT%H:%M:%S", None),
    ("%Y-%m-%d %H:%M:%S", None),
    ("%Y-%m-%dT%H:%M:%S%#z", "UTC"),
    ("%Y-%m-%d %H:%M:%S%#z", "UTC"),
    ("%Y-%m-%dT%H:%M:%S%.f", None),
    ("%Y-%m-%d %H:%M:%S%.f", None),
    ("%Y-%m-%dT%H:%M:%S%.f%#z", "UTC"),
    ("%Y-%m-%dT%H:%M", None),
    ("%Y-%m-%d %H:%M", None),
    ("%Y-%m-%d", None),
    ("%d.%m.%Y %H:%M", None),
    ("%d.%m.%Y %H:%M:%S", None),
    ("%d.%m.%Y", None),
)
_SAMPLE = 200


def _parsed(texts: pl.Series, form: str, zone: str | None) -> pl.Series:
    """Seconds since 1970 (float), null where ``form`` does not read the text."""
    return pl.select(_seconds(pl.lit(texts), form, zone)).to_series()


def _seconds(text: pl.Expr, form: str, zone: str | None) -> pl.Expr:
    moments = text.str.strptime(pl.Datetime("us", zone), form, strict=False, exact=True)
    return moments.dt.epoch("us").cast(pl.Float64) / 1e6


def _format_for(sample: pl.Series) -> tuple[str, str | None] | None:
    """The format that reads the most of the sample exactly as parse_time does."""
    expected = [parse_time(text) for text in sample.to_list()]
    best, best_count = None, 0
    for form, zone in _FORMATS:
        got = _parsed(sample, form, zone).to_list()
        if any(g is not None and g != e for g, e in zip(got, expected, strict=True)):
            continue  # it reads something differently: never use it
        count = sum(g is not None for g in got)
        if count > best_count:
            best, best_count = (form, zone), count
    return best


def time_columns(sample: pl.Series) -> list[pl.Expr]:
    """From a text column "time": "time" as seconds since 1970 (UTC) where the format of
    the ``sample`` (the column's first texts) reads it, and "time_text", the stripped text
    where it does not (for parse_time), null elsewhere."""
    text = pl.col("time").cast(pl.String).str.strip_chars()
    present = sample.cast(pl.String).str.strip_chars().drop_nulls()
    form = _format_for(present.head(_SAMPLE)) if len(present) else None
    if form is None:
        return [pl.lit(None, pl.Float64).alias("time"), text.alias("time_text")]
    seconds = _seconds(text, *form)
    return [seconds.alias("time"), pl.when(seconds.is_null()).then(text).alias("time_text")]
