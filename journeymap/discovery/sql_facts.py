"""The facts of a log table, computed inside the database (SQLite or PostgreSQL).

No event row is pulled into Python: a few queries (checks, touchpoints, transitions,
cases, scores) number the events of each case with window functions (ROW_NUMBER, LAG,
COUNT OVER) and reduce them to facts.py's figures in the database; only those figures
come back. The rules are docs/discovery.md's, the same as the file path's
(frame_facts.py), so both give the same journey. The database is only read: SQLite is
opened read-only, PostgreSQL in read-only transactions.

Rows are numbered by the table's single-column primary key, or by an ``order`` column;
that number is the "row" that orders events of the same time and that breaks ties.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import (
    CTE,
    Connection,
    Float,
    Select,
    String,
    and_,
    case,
    cast,
    func,
    select,
)
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from journeymap.discovery.columns import LogColumns
from journeymap.discovery.event_table import SHOWN_BAD_ROWS
from journeymap.discovery.facts import KeyFacts, LogFacts, PairFacts, PathFacts, ScoreFacts
from journeymap.discovery.frame_facts import OBSERVED_PATHS
from journeymap.discovery.limits import MAX_TOUCHPOINTS, too_many_activities
from journeymap.discovery.options import DiscoveryOptions
from journeymap.discovery.sql_dialects import Dialect, open_database, shown_url
from journeymap.discovery.sql_events import event_ctes
from journeymap.discovery.sql_ranks import median, p90, ranked, real
from journeymap.discovery.sql_table import LogTable, find_table
from journeymap.errors import DocumentFileError
from journeymap.safety.sandbox import Cancelled
from journeymap.words import phrase


def table_facts(
    url: str,
    table: str,
    columns: LogColumns,
    options: DiscoveryOptions,
    *,
    order: str | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LogFacts:
    """The facts of the log in ``table`` of the database at ``url`` (a SQLAlchemy URL).
    ``order`` names the column that numbers the rows when the table has no single-column
    primary key. DocumentFileError naming the database (without its password) for a URL
    that is none or whose driver is missing, a server that refuses the connection, a
    missing table or column, an empty table, unreadable timestamps (their row keys),
    no events in the period, and more activities than a journey may hold.
    ``progress(permille)`` follows the queries; ``cancelled()`` True between two of them
    stops (journeymap.safety.sandbox.Cancelled)."""
    engine, dialect = open_database(url)
    database = shown_url(url)
    try:
        try:
            connection = engine.connect()
        except SQLAlchemyError as error:
            problem = phrase("could not be opened ({reason})", reason=_reason(error))
            raise DocumentFileError(database, problem) from None
        with connection:
            log = find_table(connection, database, table, columns, order)
            # checks, touchpoints, transitions, cases, paths; scores and answers
            steps = _Steps(progress, cancelled, 5 + 2 * ("score" in log.columns))
            return _TableQueries(connection, dialect, log, options, steps).facts(
                Path(log.table.name)
            )
    except DBAPIError as error:
        problem = phrase("could not be read ({reason})", reason=_reason(error))
        raise DocumentFileError(database, problem) from None
    finally:
        engine.dispose()


def _reason(error: SQLAlchemyError) -> str:
    """The database's own words, first line only."""
    cause = getattr(error, "orig", None) or error
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0][:300]


class _Steps:
    """Progress after each query, and the chance to cancel before the next."""

    def __init__(self, progress, cancelled, queries: int) -> None:
        self.progress, self.cancelled, self.queries, self.done = progress, cancelled, queries, 0

    def next(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(min(1000, self.done * 1000 // self.queries))
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()


class _TableQueries:
    """The queries over one table, built on a chain of CTEs: every row, the rows with a
    case and an activity (their time read), the events in the period, the touchpoint
    keys, and the events of each case in order (``seq``)."""

    def __init__(
        self, connection: Connection, dialect: Dialect, log: LogTable,
        options: DiscoveryOptions, steps: _Steps,
    ) -> None:  # fmt: skip
        self.connection, self.dialect, self.log, self.steps = connection, dialect, log, steps
        self.ctes = event_ctes(dialect, log, options)
        self.rows, self.named, self.events = self.ctes.rows, self.ctes.named, self.ctes.events
        self.keys, self.seq = self.ctes.keys, self.ctes.seq

    def _all(self, query: Select) -> list:
        rows = self.connection.execute(query).all()
        self.steps.next()
        return rows

    def facts(self, source: Path) -> LogFacts:
        """Every figure of LogFacts, checking the table first."""
        skipped = self._checked()
        keys, pairs = self._keys(), self._pairs()
        cases = self._case_table()
        return LogFacts(
            source=source, keys=keys, pairs=pairs, paths=self._paths(cases),
            skipped_rows=skipped, **self._cases(cases), **self._scores(),
        )  # fmt: skip

    def _checked(self) -> int:
        """The rows without a case or an activity; refuses an empty table, unreadable
        times, no events in the period and too many activities."""
        named, events = self.named.c, self.events.c
        distinct_keys = select(events.activity, events.channel_key).group_by(
            events.activity, events.channel_key).subquery()  # fmt: skip
        total, kept, bad, in_period = self._all(select(
            select(func.count()).select_from(self.rows).scalar_subquery(),
            select(func.count()).select_from(self.named).scalar_subquery(),
            select(func.count()).where(named.ok == 0).scalar_subquery(),
            select(func.count()).select_from(distinct_keys).scalar_subquery(),
        ))[0]  # fmt: skip
        name = self.log.name
        if not total:
            raise DocumentFileError(name, phrase("is empty (it has no rows)"))
        if not kept:
            raise DocumentFileError(
                name, phrase("holds no events (no row with a case and an activity)")
            )
        if bad:
            first = self.connection.execute(
                select(named.row_key).where(named.ok == 0).order_by(named.line)
                .limit(SHOWN_BAD_ROWS)
            ).scalars().all()  # fmt: skip
            shown = ", ".join(str(key) for key in first)
            more = phrase(" and {count} more", count=bad - len(first)) if bad > len(first) else ""
            raise DocumentFileError(
                name, phrase("has {count} timestamps in “{column}” that are not ISO 8601 (rows "
                             "with {order} {rows}{more})", count=bad,
                             column=self.log.columns["time"].name, order=self.log.order.name,
                             rows=shown, more=more),
            )  # fmt: skip
        if not in_period:
            raise DocumentFileError(
                name, phrase("holds no events in the period chosen (--from/--to)")
            )
        if in_period > MAX_TOUCHPOINTS:
            raise too_many_activities(name, in_period)
        return total - kept

    def _keys(self) -> list[KeyFacts]:
        seq, keys = self.seq.c, self.keys.c
        share = cast(seq.i, Float) / case((seq.n > 1, seq.n - 1), else_=1)
        positions = ranked(self.seq, [seq.key], share, "positions")
        position = (
            select(positions.c.key, median(positions).label("position"))
            .group_by(positions.c.key).cte("key_positions")
        )  # fmt: skip
        counted = select(
            seq.key, func.count().label("events"),
            func.sum(case((seq.i == 0, 1), else_=0)).label("starts"),
            func.sum(case((seq.i == seq.n - 1, 1), else_=0)).label("ends"),
        ).group_by(seq.key).cte("key_counts")  # fmt: skip
        owned = (
            select(
                seq.key, seq.owner, func.count().label("times"), func.min(seq.line).label("first")
            )
            .where(seq.owner != "")
            .group_by(seq.key, seq.owner)
            .cte("owners")
        )
        owners = select(
            owned.c.key, owned.c.owner,
            func.row_number().over(partition_by=owned.c.key, order_by=(
                owned.c.times.desc(), owned.c.first)).label("rank"),
        ).cte("ranked_owners")  # fmt: skip
        query = (
            select(
                keys.activity, keys.channel_key, counted.c.events, counted.c.starts,
                counted.c.ends, func.coalesce(owners.c.owner, ""), position.c.position,
                keys.first_line,
            )
            .join(counted, counted.c.key == keys.key)
            .join(position, position.c.key == keys.key)
            .outerjoin(owners, and_(owners.c.key == keys.key, owners.c.rank == 1))
            .order_by(keys.key)
        )  # fmt: skip
        return [
            KeyFacts(a, c, int(n), int(s), int(e), o, float(p), int(f))
            for a, c, n, s, e, o, p, f in self._all(query)
        ]

    def _pairs(self) -> list[PairFacts]:
        seq = self.seq.c
        gaps = (
            select(seq.prev_key.label("source"), seq.key.label("target"), seq.line,
                   ((seq.t - seq.prev_t) / real(3600)).label("hours"))
            .where(seq.i > 0).cte("gaps")
        )  # fmt: skip
        gap = ranked(
            gaps,
            [gaps.c.source, gaps.c.target],
            gaps.c.hours,
            "ranked_gaps",
            carried=(gaps.c.line,),
        )
        query = (
            select(
                gap.c.source, gap.c.target, func.count(), median(gap), p90(gap),
                func.min(gap.c.line).label("first"),
            )
            .group_by(gap.c.source, gap.c.target)
            .order_by("first")
        )  # fmt: skip
        return [
            PairFacts(int(a), int(b), int(n), float(m), float(p), int(f))
            for a, b, n, m, p, f in self._all(query)
        ]

    def _case_table(self) -> CTE:
        """One row per case: its key and activity sequences, first row, events, hours,
        and whether an activity came twice."""
        seq = self.seq.c
        whole = {"partition_by": seq.case_id, "order_by": (seq.t, seq.line), "rows": (None, None)}
        sequences = select(
            seq.i, seq.n, seq.case_first,
            self.dialect.joined(cast(seq.key, String)).over(**whole).label("path"),
            self.dialect.joined(cast(seq.act, String)).over(**whole).label("variant"),
            ((func.max(seq.t).over(partition_by=seq.case_id) - seq.t) / real(3600))
            .label("hours"),
            func.max(seq.nth).over(partition_by=seq.case_id).label("most"),
        ).cte("case_sequences")  # fmt: skip
        return select(sequences).where(sequences.c.i == 0).cte("cases")

    def _cases(self, cases: CTE) -> dict:
        """The counts over cases and events."""
        seq = self.seq.c
        durations = ranked(cases, [], cases.c.hours, "ranked_durations")
        by_variant = (
            select(func.count().label("cases"))
            .select_from(cases)
            .group_by(cases.c.variant)
            .subquery()
        )
        switched = and_(seq.i > 0, seq.channel != "", seq.prev_channel != "",
                        seq.channel != seq.prev_channel)  # fmt: skip

        def scalar(*what, of=cases, where=None):
            query = select(*what).select_from(of)
            return (query if where is None else query.where(where)).scalar_subquery()

        row = self._all(select(
            scalar(func.count()),
            scalar(func.count(cases.c.variant.distinct())),
            scalar(func.max(by_variant.c.cases), of=by_variant),
            scalar(median(durations), of=durations),
            scalar(func.count(), where=cases.c.n == 1),
            scalar(func.count(), where=cases.c.most > 1),
            scalar(func.count(), of=self.seq),
            scalar(func.count(), of=self.seq, where=switched),
            scalar(func.min(seq.t), of=self.seq),
            scalar(func.max(seq.t), of=self.seq),
        ))[0]  # fmt: skip
        names = ("cases", "variants", "top_variant_cases", "median_case_hours",
                 "single_event_cases", "repeat_contact_cases", "events", "channel_switches",
                 "first_time", "last_time")  # fmt: skip
        values = dict(zip(names, row, strict=True))
        return {name: (float(v) if name.endswith(("hours", "time")) else int(v))
                for name, v in values.items()}  # fmt: skip

    def _paths(self, case_table: CTE) -> list[PathFacts]:
        """The most frequent key sequences; ties: the one whose first case comes first."""
        cases = case_table.c
        query = (
            select(cases.path, func.count().label("cases"), func.min(cases.case_first))
            .group_by(cases.path)
            .order_by(func.count().desc(), func.min(cases.case_first))
            .limit(OBSERVED_PATHS)
        )
        return [
            PathFacts(tuple(int(k) for k in path.split(",")), int(n))
            for path, n, _ in self._all(query)
        ]

    def _scores(self) -> dict:
        """Each case's first answer and first segment, per touchpoint it passed."""
        if "score" not in self.log.columns:
            return {"scores": [], "answers": {}}
        seq = self.seq.c
        in_time = (seq.t, seq.line)
        firsts = select(
            seq.case_id, seq.score, seq.segment,
            func.row_number().over(partition_by=(seq.case_id, seq.score == ""),
                                   order_by=in_time).label("answer_rank"),
            func.row_number().over(partition_by=(seq.case_id, seq.segment == ""),
                                   order_by=in_time).label("segment_rank"),
        ).cte("case_firsts")  # fmt: skip
        answers = (
            select(firsts.c.case_id, firsts.c.score.label("answer"))
            .where(firsts.c.answer_rank == 1, firsts.c.score != "").cte("answers")
        )  # fmt: skip
        segments = (
            select(firsts.c.case_id, firsts.c.segment)
            .where(firsts.c.segment_rank == 1, firsts.c.segment != "").cte("segments")
        )  # fmt: skip
        passed = select(seq.case_id, seq.key).distinct().cte("passed")
        segment = func.coalesce(segments.c.segment, "")
        query = (
            select(passed.c.key, segment, answers.c.answer, func.count())
            .join_from(passed, answers, answers.c.case_id == passed.c.case_id)
            .outerjoin(segments, segments.c.case_id == passed.c.case_id)
            .group_by(passed.c.key, segment, answers.c.answer)
        )  # fmt: skip
        scores = [ScoreFacts(int(k), s, a, int(n)) for k, s, a, n in sorted(self._all(query))]
        totals = select(answers.c.answer, func.count()).group_by(answers.c.answer)
        # sorted here, not in SQL: a database's collation would order texts its own way
        return {"scores": scores, "answers": dict(sorted(
            (a, int(n)) for a, n in self._all(totals)))}  # fmt: skip
