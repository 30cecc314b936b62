"""A log's events as one compact polars table, whatever file they came from.

A reader hands over a lazy table of text columns (TEXT_COLUMNS, stripped, "" for blank),
the time as seconds where its fast format read it (frame_times.py) with the text kept
where it did not, and the row number. collect_events reads it in one streaming pass into
categories (4 bytes an event for the few distinct activities, channels, owners, segments
and scores), so ten million events fit in a few hundred megabytes; then it reads the
times the fast format missed one distinct text at a time and refuses unreadable ones
with their row numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import polars as pl

from journeymap.discovery.timestamps import parse_time
from journeymap.errors import DocumentFileError

#: The text columns of an event table.
TEXT_COLUMNS = ("case", "activity", "channel", "owner", "segment", "score")
#: The most row numbers of unreadable timestamps a message lists before a count.
SHOWN_BAD_ROWS = 10
#: The seed of the second hash that tells whether two case texts share the first.
_SECOND_SEED = 20261201


def events_frame(columns: dict[str, Sequence]) -> pl.LazyFrame:
    """An event table from plain columns: "case", "activity", optionally others of
    TEXT_COLUMNS, "time" in seconds, "time_text" where "time" is None, and "row"."""
    names = [name for name in TEXT_COLUMNS if name in columns]
    schema = dict.fromkeys(names, pl.String) | {
        "time": pl.Float64, "time_text": pl.String, "row": pl.UInt32,
    }  # fmt: skip
    columns = {"time_text": [None] * len(columns["row"])} | columns
    return pl.DataFrame({name: columns[name] for name in schema}, schema=schema).lazy()


def collect_events(
    events: pl.LazyFrame, source: Path, time_column: str, start: float | None = None,
    end: float | None = None,
) -> tuple[pl.DataFrame, int]:  # fmt: skip
    """The events with a case and an activity in [start, end), compact, ordered by case,
    time and row, the case as a number (its order means nothing); and the number of rows
    left out for lacking a case or an activity. DocumentFileError naming ``source`` for
    unreadable timestamps
    in ``time_column``, for a log without events and for no events in the period."""
    table, total, missed = _collected(events, exact_cases=False)
    if total < 0:  # two case texts share a hash: tell the cases apart by their texts
        table, total, missed = _collected(events, exact_cases=True)
    skipped = total - table.height
    if table.is_empty():
        raise DocumentFileError(source, "holds no events (no row with a case and an activity)")
    if not missed.is_empty():
        table = _read_missed_times(table, missed, source, time_column)
    if start is not None:
        table = table.filter(pl.col("time") >= start)
    if end is not None:
        table = table.filter(pl.col("time") < end)
    if table.is_empty():
        raise DocumentFileError(source, "holds no events in the period chosen (--from/--to)")
    return _ordered(table), skipped


def _collected(events: pl.LazyFrame, exact_cases: bool) -> tuple[pl.DataFrame, int, pl.DataFrame]:
    """The rows with a case and an activity in one streaming pass, the case as a number;
    the number of rows read, -1 when two case texts share their 64-bit hash; and the
    rows and texts of the times to read with parse_time.

    A case is its text's hash: 8 bytes, and quick (the texts of ten million events would
    take more memory than all the rest). Whether two texts share a hash is told by a
    second hash: they would have to share both for it to go unseen (a chance of about
    2^-64 for ten million cases), and then the cases are told apart by their texts."""
    optional = [name for name in TEXT_COLUMNS[2:] if name in events.collect_schema()]
    kept = events.filter((pl.col("case") != "") & (pl.col("activity") != ""))
    case = pl.col("case")
    compact = kept.select(
        case.cast(pl.Categorical).to_physical() if exact_cases else case.hash(),
        *(pl.col(name).cast(pl.Categorical) for name in ["activity", *optional]),
        pl.col("time"),
        pl.col("row").cast(pl.UInt32),
    )
    # the texts of the few times the fast format did not read, apart: a column of them
    # would hold ten million empty strings
    missed = kept.filter(pl.col("time").is_null()).select(
        pl.col("row").cast(pl.UInt32), "time_text"
    )
    both = kept.select(n=(case.hash() ^ case.hash(seed=_SECOND_SEED)).n_unique())
    table, total, distinct, texts = pl.collect_all(
        [compact, events.select(n=pl.len()), both, missed], engine="streaming"
    )
    if not exact_cases and table["case"].n_unique() != distinct["n"][0]:
        return table, -1, texts
    return table, int(total["n"][0]), texts


def _ordered(table: pl.DataFrame) -> pl.DataFrame:
    """The events by case, time and row. Two stable sorts on one column each (the one by
    time not needed for a log exported in time order) make the order; the columns are
    then put in it one at a time, so that only one is ever held twice."""

    def stable_order(column: pl.Series) -> pl.Series:
        return column.to_frame("c").select(pl.arg_sort_by("c", maintain_order=True)).to_series()

    order = None
    if not table["time"].is_sorted():
        order = stable_order(table["time"])
    by_case = stable_order(table["case"] if order is None else table["case"].gather(order))
    order = by_case if order is None else order.gather(by_case)
    for name in table.columns:
        table = table.with_columns(table[name].gather(order))
    return table


def _read_missed_times(
    table: pl.DataFrame, missed: pl.DataFrame, source: Path, time_column: str
) -> pl.DataFrame:
    """The table with the times of ``missed`` (row, time_text) read by parse_time, one
    distinct text at a time; refuses the ones it cannot read with their rows."""
    texts = missed["time_text"].unique()
    lookup = pl.DataFrame(
        {"time_text": texts, "parsed": [parse_time(t) for t in texts.to_list()]},
        schema={"time_text": pl.String, "parsed": pl.Float64},
    )
    read = missed.join(lookup, on="time_text", how="left")
    bad = read.filter(pl.col("parsed").is_null())["row"].sort()
    if len(bad):
        raise _bad_times(source, time_column, bad.head(SHOWN_BAD_ROWS).to_list(), len(bad))
    found = table.join(read.select("row", "parsed"), on="row", how="left", maintain_order="left")
    return found.with_columns(pl.col("time").fill_null(pl.col("parsed"))).drop("parsed")


def _bad_times(path: Path, column: str, shown: list[int], count: int) -> DocumentFileError:
    rows = ", ".join(str(n) for n in shown)
    more = f" and {count - len(shown):,} more" if count > len(shown) else ""
    return DocumentFileError(
        path,
        f"has {count:,} timestamps in “{column}” that are neither ISO 8601 "
        f"nor DD.MM.YYYY HH:MM (rows {rows}{more})",
    )
