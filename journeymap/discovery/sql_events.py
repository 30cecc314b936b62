"""The events of a log table as a chain of CTEs, the SQL every figure is counted from:
every row numbered (``log_rows``), the rows with a case and an activity and their time
read (``named_rows``), the events in the period (``events``), the touchpoint keys
numbered by their first row (``touchpoint_keys``), and each case's events in order with
their position and predecessor (``case_events``), by window functions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import CTE, Float, String, case, func, literal, select

from journeymap.discovery.options import DiscoveryOptions
from journeymap.discovery.sql_dialects import Dialect
from journeymap.discovery.sql_ranks import real
from journeymap.discovery.sql_table import LogTable
from journeymap.discovery.sql_times import TextTime, materialized, native_seconds

_OPTIONAL = ("channel", "owner", "segment", "score")


@dataclass(frozen=True)
class EventCtes:
    """The chain; each CTE's columns are named in event_ctes."""

    rows: CTE
    named: CTE
    events: CTE
    keys: CTE
    seq: CTE


def event_ctes(dialect: Dialect, log: LogTable, options: DiscoveryOptions) -> EventCtes:
    """The CTEs of a log table's events. ``case_events`` has, per event: case_id, line
    (the row number), t (seconds), channel (its word with by_channel, else ""), owner,
    segment, score, key and act (the touchpoint's and the activity's numbers), i (0-based
    position in its case), n (the case's events), prev_key, prev_t, prev_channel,
    case_first (the case's first row) and nth (how often its case had this activity so
    far)."""
    roles = log.columns
    blank = literal("")

    def text(role: str):
        column = roles.get(role)
        return blank if column is None else func.coalesce(dialect.trimmed(column), blank)

    times = TextTime(dialect)
    stamp = roles["time"]
    stamp = stamp if log.native_time else times.iso(dialect.trimmed(stamp))
    rows_cte = select(
        func.row_number().over(order_by=log.order).label("line"),
        log.order.label("row_key"),
        dialect.trimmed(roles["case"]).label("case_id"),
        dialect.trimmed(roles["activity"]).label("activity"),
        *(text(role).label(role) for role in _OPTIONAL),
        stamp.label("stamp"),
    ).cte("log_rows")
    rows = rows_cte.c
    named = rows.case_id != "", rows.activity != ""
    if log.native_time:
        timed = select(rows).where(*named).cte("timed_rows")
        ok, seconds = native_seconds(timed.c.stamp)
    else:
        carried = ["line", "row_key", "case_id", "activity", *_OPTIONAL]
        timed, ok, seconds = times.read(rows_cte, carried, where=named)
    named_cte = materialized(
        select(timed, case((ok, 1), else_=0).label("ok"), seconds.label("t")).cte("named_rows")
    )
    named = named_cte.c
    period = [named.ok == 1]
    if options.start is not None:
        period.append(named.t >= real(options.start))
    if options.end is not None:
        period.append(named.t < real(options.end))
    # a touchpoint per activity and channel word when a channel column is read (as the
    # file engine keys them); the channel is "" when it is not
    channel_key = named.channel
    touchpoint = (named.activity, channel_key)
    events_cte = materialized(
        select(
            named.line, named.case_id, named.activity, channel_key.label("channel_key"),
            named.owner, named.segment, named.score, named.t,
            func.min(named.line).over(partition_by=touchpoint).label("key_first"),
        ).where(*period).cte("events")
    )  # fmt: skip
    events = events_cte.c
    # the touchpoints numbered by their first row, the activities by their text: windows
    # over the events, not a join (SQLite would join a materialized table by scanning it)
    keyed = materialized(
        select(
            events_cte,
            (func.dense_rank().over(order_by=events.key_first) - 1).label("key"),
            func.dense_rank().over(order_by=events.activity).label("act"),
        ).cte("keyed_events")
    )  # fmt: skip
    events = keyed.c
    keys_cte = materialized(
        select(events.key, events.activity, events.channel_key,
               func.min(events.line).label("first_line"))
        .group_by(events.key, events.activity, events.channel_key)
        .cte("touchpoint_keys")
    )  # fmt: skip
    in_case = {"partition_by": events.case_id, "order_by": (events.t, events.line)}
    seq_cte = materialized(
        select(
            events.case_id, events.line, events.t, events.channel_key.label("channel"),
            events.owner, events.segment, events.score, events.key, events.act,
            (func.row_number().over(**in_case) - 1).label("i"),
            func.count().over(partition_by=events.case_id).label("n"),
            func.lag(events.key, type_=events.key.type).over(**in_case).label("prev_key"),
            func.lag(events.t, type_=Float).over(**in_case).label("prev_t"),
            func.lag(events.channel_key, type_=String).over(**in_case).label("prev_channel"),
            func.min(events.line).over(partition_by=events.case_id).label("case_first"),
            func.row_number().over(partition_by=(events.case_id, events.act),
                                   order_by=events.line).label("nth"),
        ).cte("case_events")
    )  # fmt: skip
    return EventCtes(rows_cte, named_cte, events_cte, keys_cte, seq_cte)
