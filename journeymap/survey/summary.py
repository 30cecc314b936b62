"""What a survey import found: matched and unmatched columns, what was used, skipped and
rejected, and the n of every distribution. The command line prints it; the GUI shows the
same messages in its own language before the user confirms."""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap.model.messages import Message, message
from journeymap.model.vocabulary import LOW_CONFIDENCE_N

#: Row numbers of rejected answers that the summary shows; the tally keeps one more, to
#: know whether there are others.
SHOWN_ROWS = 10


@dataclass(frozen=True)
class Distribution:
    """One measurement the import makes, and what it does to the existing ones."""

    touchpoint: str  # the touchpoint's name
    metric: str
    segment: str
    n: int
    action: str  # "new", "replaces" or "adds" (beside an existing one)

    @property
    def low_confidence(self) -> bool:
        """Fewer responses than a figure needs to be trusted."""
        return self.n < LOW_CONFIDENCE_N


@dataclass
class SurveySummary:
    """The outcome of reading one survey file; answers are cells of a wide file, rows of
    a long one. Row numbers are spreadsheet rows: the header is row 1 of a CSV file."""

    file: str
    layout: str  # "long" or "wide"
    description: Message  # file type, encoding, delimiter or sheet
    matched: list[tuple[str, str]] = field(default_factory=list)  # column/label -> touchpoint
    unmatched: list[str | Message] = field(default_factory=list)  # columns, labels with rows
    segment_column: str | None = None
    rows: int = 0
    used: int = 0
    blank: int = 0
    not_applicable: int = 0
    other_metric: int = 0
    rejected: int = 0
    rejected_rows: list[int] = field(default_factory=list)  # the first SHOWN_ROWS + 1
    rejected_values: list[str] = field(default_factory=list)  # a few examples
    distributions: list[Distribution] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The summary as lines of text, without the table of distributions."""
        return [str(m) for m in self.messages()]

    def messages(self) -> list[Message]:
        """The summary as messages, one a line, without the table of distributions."""
        unit = "columns" if self.layout == "wide" else "touchpoints"
        out = [message(f"survey.file_{self.layout}", file=self.file, description=self.description)]
        matched = tuple(
            f"“{source}” → {target}" if source != target else f"“{source}”"
            for source, target in self.matched
        )
        if matched:
            out.append(message(f"survey.matched_{unit}", matched=matched))
        else:
            out.append(message(f"survey.matched_{unit}_none"))
        if self.unmatched:
            out.append(message(f"survey.unmatched_{unit}", unmatched=tuple(self.unmatched)))
        if self.segment_column is not None:
            out.append(message("survey.segments", column=self.segment_column))
        out.append(message("survey.rows_read", count=self.rows))
        out.append(message("survey.answers_used", count=self.used))
        skipped = {"blank": self.blank, "not_applicable": self.not_applicable}
        if self.other_metric:
            out.append(message("survey.skipped_other", other=self.other_metric, **skipped))
        else:
            out.append(message("survey.skipped", **skipped))
        if self.rejected:
            # row numbers are labels, not amounts: no thousands separator
            rows = tuple(str(r) for r in self.rejected_rows[:SHOWN_ROWS])
            more = ("…",) if len(self.rejected_rows) > SHOWN_ROWS else ()
            code = "survey.rejected" if len(self.rejected_rows) == 1 else "survey.rejected_rows"
            examples = tuple(f"“{v}”" for v in self.rejected_values)
            out.append(message(code, count=self.rejected, examples=examples, rows=rows + more))
        else:
            out.append(message("survey.rejected_none"))
        return out

    def rows_of_distributions(self) -> list[tuple[str, str, str, int, str]]:
        """The distributions as table rows: touchpoint, metric, segment, n, action."""
        return [
            (d.touchpoint, d.metric, d.segment, d.n,
             d.action + (f" (n < {LOW_CONFIDENCE_N})" if d.low_confidence else ""))
            for d in self.distributions
        ]  # fmt: skip
