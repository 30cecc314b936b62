"""Planning a survey import: read and count the file, then build the one command that
applies it and the summary that describes it.

Reading changes nothing, so it can run off the GUI thread and be cancelled at any time;
the command is pushed afterwards as one undoable step. The file is read and counted in a
child process with limits on memory and time (journeymap.safety.sandbox): only the
counts come back, and a reader that aborts or runs away takes nothing else down. The
import never rescales answers: a survey asked on another scale than the metric's is
refused (see check_scale).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from journeymap.bulk import collector_paused
from journeymap.errors import DocumentFileError
from journeymap.model.commands import Command, replace_measurements
from journeymap.model.document import Document
from journeymap.model.entities import Journey, Measurement
from journeymap.model.messages import Message, message
from journeymap.model.validation import refuse
from journeymap.model.vocabulary import METRICS, SCALES
from journeymap.safety.sandbox import Cancelled, run_untrusted
from journeymap.survey.answers import DEFAULT_NA, AnswerReader
from journeymap.survey.layout import LONG, WIDE, Layout, TouchpointMatcher, detect_layout
from journeymap.survey.readers import XLSX_SUFFIXES, EncodingMismatch, Row, open_table
from journeymap.survey.summary import Distribution, SurveySummary
from journeymap.survey.tally import Key, Sums, Tally
from journeymap.words import phrase

#: Called after each chunk with the number of data rows read so far.
Progress = Callable[[int], None]
#: Asked before each chunk; True stops the import with ImportCancelled.
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class SurveyOptions:
    """How to read a survey file; the defaults suit a typical export."""

    metric: str | None = None  # required unless a long file has a metric column
    scale: tuple[int, int] | None = None  # the survey's scale, checked against the metric's
    na_codes: tuple[str, ...] = DEFAULT_NA  # besides blank cells, which are always skipped
    segment_column: str | None = None
    weight_column: str | None = None  # each respondent's weight; None: every answer counts 1
    mapping: Mapping[str, str] = field(default_factory=dict)  # column or label -> touchpoint
    source: str | None = None  # the survey source's name; None (or blank) is the file's name
    replace: bool = True  # replace the source's earlier measurements of the metrics imported
    today: str | None = None  # the date recorded on the measurements; None is today


class ImportCancelled(Exception):
    """The import was cancelled while reading; the document was not touched."""


@dataclass
class SurveyCount:
    """What reading a survey file found, before anything is applied."""

    path: Path
    description: str
    header: list[str]
    layout: Layout
    tally: Tally


def check_scale(path: Path, options: SurveyOptions) -> None:
    """Refuse options that cannot work: an unknown metric, or a survey scale that is not
    the metric's. Rescaling is refused on purpose: a 1-10 answer has no single box on a
    1-5 scale, and CSAT's top-two-box share or the NPS groups would silently change
    meaning. The survey must be exported on the metric's scale, or imported as another."""
    if options.metric is not None and options.metric not in SCALES:
        shown = repr(options.metric)
        raise refuse("value.not_choice", field="metric", value=shown, choices=METRICS)
    if options.scale is None:
        return
    if options.metric is None:
        raise DocumentFileError(path, phrase("a survey scale needs a metric to check it against"))
    low, high = options.scale
    expected = SCALES[options.metric]
    if (low, high) != expected:
        raise DocumentFileError(
            path, phrase("the survey's scale {scale} is not the {metric} scale {expected}; "
                         "journeymap does not rescale answers (a {scale} answer has no exact "
                         "equivalent); export the answers on the metric's scale",
                         scale=f"{low}-{high}", metric=options.metric.upper(),
                         expected=f"{expected[0]}-{expected[1]}"),
        )  # fmt: skip


def count_survey(
    journey: Journey,
    path: str | Path,
    options: SurveyOptions,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> SurveyCount:
    """Read and count a survey file for a journey, in a child process; only its
    touchpoints' names and ids are looked at, once, at the start. Raises
    DocumentFileError naming the file, or ImportCancelled."""
    path = Path(path)
    check_scale(path, options)
    try:
        return run_untrusted(
            _count_in_child, path, (journey, path, options), reader=_reader(path),
            result_types=(SurveyCount, Tally, Sums, Layout, Message), progress=progress,
            cancelled=cancelled,
        )  # fmt: skip
    except Cancelled:
        raise ImportCancelled(str(path)) from None


def preview_survey(
    path: str | Path, rows: int, cancelled: CancelCheck | None = None
) -> tuple[list[str], list[Row]]:
    """The header and the first ``rows`` data rows of a survey file, read in a child
    process; ``cancelled`` is asked while waiting. Raises DocumentFileError naming the
    file, ImportCancelled when cancelled."""
    path = Path(path)
    try:
        return run_untrusted(
            _preview_in_child, path, (path, rows), reader=_reader(path), cancelled=cancelled
        )
    except Cancelled:
        raise ImportCancelled(str(path)) from None


def _reader(path: Path) -> str:
    """How messages name the reader of a file."""
    if path.suffix.lower() in XLSX_SUFFIXES:
        return phrase("spreadsheet reader")
    return phrase("CSV reader")


def _count_in_child(
    progress: Progress, journey: Journey, path: Path, options: SurveyOptions
) -> SurveyCount:
    """count_survey's work, in the child: the counts without the reading machinery."""
    try:
        counted = _count(journey, path, options, None, progress, None)
    except EncodingMismatch:
        # the start looked like UTF-8 but a later row is not: German Excel's cp1252
        counted = _count(journey, path, options, "cp1252", progress, None)
    counted.tally = counted.tally.detached()
    return counted


def _preview_in_child(_progress: Progress, path: Path, rows: int) -> tuple[list[str], list[Row]]:
    with open_table(path) as table:
        first = next(table.chunks, None)
        return list(table.header), [list(row) for row in first.rows[:rows]] if first else []


def _count(
    journey: Journey,
    path: Path,
    options: SurveyOptions,
    encoding: str | None,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> SurveyCount:
    if cancelled is not None and cancelled():
        raise ImportCancelled(str(path))
    matcher = TouchpointMatcher(path, journey, options.mapping)
    with open_table(path, encoding) as table:
        layout = detect_layout(
            path, table.header, matcher, options.segment_column, options.weight_column
        )
        if options.metric is None and (layout.kind == WIDE or layout.metric is None):
            raise DocumentFileError(
                path,
                phrase("names no metric: say which metric the answers are (csat, nps or ces), "
                       "or add a metric column")
                if layout.kind == LONG
                else phrase("names no metric: say which metric the answers are (csat, nps or "
                            "ces)"),
            )  # fmt: skip
        readers = {m: AnswerReader(SCALES[m], options.na_codes) for m in SCALES}
        tally = Tally(path, layout, matcher, readers, options.metric)
        with collector_paused():
            for chunk in table.chunks:
                if cancelled is not None and cancelled():
                    raise ImportCancelled(str(path))
                tally.add(chunk)
                if progress is not None:
                    progress(chunk.read)
        if not tally.rows:
            raise DocumentFileError(path, phrase("has a header but no data rows"))
        return SurveyCount(path, table.description, table.header, layout, tally)


def import_command(
    doc: Document, journey_id: str, counted: SurveyCount, options: SurveyOptions
) -> tuple[Command | None, SurveySummary]:
    """The command that applies counted answers as measurements (None when there are
    none), and the summary. The source is options.source or the file's name, the date
    today (or options.today). Raises InvalidValue when --add would put segmented and
    unsegmented answers of one source, touchpoint and metric side by side."""
    journey = doc.journey(journey_id)
    tally = counted.tally
    date = options.today or dt.date.today().isoformat()
    names = {tp.id: tp.name for tp in journey.touchpoints}
    source = source_name(counted.path, options)
    # a file with a segment column splits every answer by it: a blank cell is segment
    # unknown, never all respondents (docs/metrics.md)
    segmented = counted.layout.segment is not None
    metrics = {metric for (_, metric, _) in tally.counts}
    # re-importing a source replaces what it said about these metrics, every segment
    earlier = [m for m in journey.measurements if m.source == source and m.metric in metrics]
    if not options.replace:
        _refuse_mixed_segmentation(earlier, tally.counts, segmented, source, names)
    existing = {(m.touchpoint_id, m.metric) for m in earlier}
    new, distributions = [], []
    for (tp_id, metric, segment), sums in tally.per_touchpoint(list(names)):
        counts = dict(sorted(sums.counts.items()))
        new.append(Measurement(tp_id, metric, counts, segment, source, date, segmented,
                               sums.respondents, sums.effective_n))  # fmt: skip
        seen = (tp_id, metric) in existing
        action = "new" if not seen else "replaces" if options.replace else "adds"
        distributions.append(Distribution(names[tp_id], metric, segment, sums.respondents,
                                          action, sums.effective_n))  # fmt: skip
    summary = _summary(counted, names, distributions, source)
    imported = {(m.touchpoint_id, m.metric) for m in new}
    summary.pooled_with = list(dict.fromkeys(
        m.source for m in journey.measurements
        if m.source != source and (m.touchpoint_id, m.metric) in imported
    ))  # fmt: skip
    if not new:
        return None, summary
    text = message("step.import_survey", file=counted.path.name)
    old = [m.id for m in earlier] if options.replace else []
    return replace_measurements(doc, journey_id, new, old, text), summary


def source_name(path: Path, options: SurveyOptions) -> str:
    """The name of the survey source an import records: the one given, else the file's."""
    given = " ".join((options.source or "").split())
    return given or path.name


def _refuse_mixed_segmentation(
    earlier: list[Measurement],
    counts: Mapping[Key, Sums],
    segmented: bool,
    source: str,
    names: dict[str, str],
) -> None:
    """Adding answers split by segment to unsplit ones of the same source (or the
    reverse) would leave no figure that counts each respondent once: refuse it."""
    imported = {(tp_id, metric) for (tp_id, metric, _) in counts}
    for m in earlier:
        if m.segmented != segmented and (m.touchpoint_id, m.metric) in imported:
            code = "survey.add_unsegmented" if segmented else "survey.add_segmented"
            raise refuse(code, source=source, touchpoint=names.get(m.touchpoint_id, ""),
                         metric=m.metric.upper())  # fmt: skip


def _summary(
    counted: SurveyCount, names: dict[str, str], distributions: list[Distribution], source: str
) -> SurveySummary:
    tally, layout, header = counted.tally, counted.layout, counted.header
    description = counted.description
    if layout.kind == LONG:
        roles = [(layout.touchpoint, "touchpoint"), (layout.score, "score"),
                 (layout.metric, "metric")]  # fmt: skip
        columns = tuple(message(f"survey.role_{r}", column=header[i]) for i, r in roles
                        if i is not None)  # fmt: skip
        description = message("survey.with_roles", base=description, roles=columns)
        matched = [(label, names[tp_id]) for label, tp_id in tally.matched_labels.items()]
        unmatched = [
            message(f"survey.label_rows_{'one' if n == 1 else 'many'}", label=label, count=n)
            for label, n in tally.unmatched_labels.items()
        ]
    else:
        matched, unmatched = layout.matched, layout.unmatched
    return SurveySummary(
        file=counted.path.name,
        layout=layout.kind,
        description=description,
        matched=matched,
        unmatched=unmatched,
        segment_column=None if layout.segment is None else header[layout.segment],
        rows=tally.rows,
        used=tally.answers(),
        blank=tally.blank,
        not_applicable=tally.not_applicable,
        other_metric=tally.other_metric,
        rejected=tally.rejected,
        rejected_rows=tally.rejected_rows,
        rejected_values=tally.rejected_values,
        source=source,
        weight_column=None if layout.weight is None else header[layout.weight],
        bad_weight=tally.bad_weight,
        bad_weight_rows=tally.bad_weight_rows,
        bad_weight_values=tally.bad_weight_values,
        zero_weight=tally.zero_weight,
        unknown_segment=tally.unknown_segment(),
        distributions=distributions,
    )


def plan_survey_import(
    doc: Document,
    journey_id: str,
    path: str | Path,
    options: SurveyOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[Command | None, SurveySummary]:
    """Read a survey file (CSV or .xlsx) and plan its import into a journey: the one
    command to push (None when no answer was usable) and the summary. The document is
    not changed. ``progress`` gets the rows read after each chunk; ``cancelled`` is asked
    before each chunk, and True raises ImportCancelled.

    In a GUI, run count_survey off the UI thread and import_command on it: the latter
    reads the journey's current measurements."""
    options = options or SurveyOptions()
    counted = count_survey(doc.journey(journey_id), path, options, progress, cancelled)
    return import_command(doc, journey_id, counted, options)
