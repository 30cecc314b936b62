"""What a survey import found: matched and unmatched columns, what was used, skipped and
rejected, and the n of every distribution. The command line prints it; the GUI can show
the same before the user confirms."""

from __future__ import annotations

from dataclasses import dataclass, field

from journeymap.model.vocabulary import LOW_CONFIDENCE_N

#: Row numbers of rejected answers that the summary shows; the tally keeps one more, to
#: know whether there are others.
SHOWN_ROWS = 10


def plural(count: int, noun: str) -> str:
    """ "1 row", "2 rows"."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


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
    description: str  # file type, encoding, delimiter or sheet
    matched: list[tuple[str, str]] = field(default_factory=list)  # column/label -> touchpoint
    unmatched: list[str] = field(default_factory=list)  # columns, or labels with their rows
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
        unit = "columns" if self.layout == "wide" else "touchpoints"
        kind = "one row per respondent" if self.layout == "wide" else "one row per answer"
        out = [f"{self.file}: {self.layout} layout ({kind}); {self.description}"]
        matched = ", ".join(
            f"“{source}” → {target}" if source != target else f"“{source}”"
            for source, target in self.matched
        )
        out.append(f"Matched {unit}: {matched or 'none'}")
        if self.unmatched:
            out.append(f"Unmatched {unit} (not imported): {', '.join(self.unmatched)}")
        if self.segment_column is not None:
            out.append(f"Segments from column “{self.segment_column}”")
        out.append(f"Rows read: {self.rows:,}")
        out.append(f"Answers used: {self.used:,}")
        skipped = f"Skipped: {self.blank:,} blank, {self.not_applicable:,} not applicable"
        if self.other_metric:
            skipped += f", {self.other_metric:,} of another metric"
        out.append(skipped)
        if self.rejected:
            examples = ", ".join(f"“{v}”" for v in self.rejected_values)
            rows = ", ".join(str(r) for r in self.rejected_rows[:SHOWN_ROWS])
            more = ", …" if len(self.rejected_rows) > SHOWN_ROWS else ""
            noun = "row" if len(self.rejected_rows) == 1 else "rows"
            out.append(
                f"Rejected: {self.rejected:,} not on the scale (e.g. {examples}) "
                f"in {noun} {rows}{more}"
            )
        else:
            out.append("Rejected: 0")
        return out

    def rows_of_distributions(self) -> list[tuple[str, str, str, int, str]]:
        """The distributions as table rows: touchpoint, metric, segment, n, action."""
        return [
            (d.touchpoint, d.metric, d.segment, d.n,
             d.action + (f" (n < {LOW_CONFIDENCE_N})" if d.low_confidence else ""))
            for d in self.distributions
        ]  # fmt: skip
