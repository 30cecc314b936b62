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
#: Unmatched columns or labels the summary names; the rest are counted.
SHOWN_UNMATCHED = 25


@dataclass(frozen=True)
class Distribution:
    """One measurement the import makes, and what it does to the existing ones."""

    touchpoint: str  # the touchpoint's name
    metric: str
    segment: str
    n: int  # respondents
    action: str  # "new", "replaces" or "adds" (beside the source's earlier ones)
    effective_n: float = 0.0  # Kish's effective sample size; n when unweighted

    @property
    def low_confidence(self) -> bool:
        """Fewer (effective) responses than a figure needs to be trusted."""
        return (self.effective_n or self.n) < LOW_CONFIDENCE_N


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
    source: str = ""  # the survey source the measurements are recorded under
    weight_column: str | None = None
    bad_weight: int = 0  # answers left out: their row's weight is unusable
    bad_weight_rows: list[int] = field(default_factory=list)  # the first SHOWN_ROWS + 1
    bad_weight_values: list[str] = field(default_factory=list)  # a few examples
    zero_weight: int = 0  # answers left out: their respondent's weight is 0
    unknown_segment: int = 0  # answers used whose segment cell was blank
    # other surveys of the same touchpoints and metrics: pooled beside, as other people
    pooled_with: list[str] = field(default_factory=list)
    distributions: list[Distribution] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The summary as lines of text, without the table of distributions."""
        return [str(m) for m in self.messages()]

    def messages(self) -> list[Message]:
        """The summary as messages, one a line, without the table of distributions."""
        unit = "columns" if self.layout == "wide" else "touchpoints"
        out = [message(f"survey.file_{self.layout}", file=self.file, description=self.description)]
        if self.source:
            out.append(message("survey.source", source=self.source))
        matched = tuple(
            f"“{source}” → {target}" if source != target else f"“{source}”"
            for source, target in self.matched
        )
        if matched:
            out.append(message(f"survey.matched_{unit}", matched=matched))
        else:
            out.append(message(f"survey.matched_{unit}_none"))
        if self.unmatched:
            # a survey tool's full export has thousands of other columns: name a few
            shown: tuple[str | Message, ...] = tuple(self.unmatched[:SHOWN_UNMATCHED])
            if len(self.unmatched) > SHOWN_UNMATCHED:
                more = len(self.unmatched) - SHOWN_UNMATCHED
                shown += (message("survey.and_more", count=more),)
            out.append(message(f"survey.unmatched_{unit}", unmatched=shown))
        if self.segment_column is not None:
            out.append(message("survey.segments", column=self.segment_column))
        if self.weight_column is not None:
            out.append(message("survey.weights", column=self.weight_column))
        out.append(message("survey.rows_read", count=self.rows))
        out.append(message("survey.answers_used", count=self.used))
        if self.segment_column is not None:
            out.append(message("survey.unknown_segment", count=self.unknown_segment))
        if self.pooled_with:
            shown = tuple(f"“{s}”" if s else "(no source name)" for s in self.pooled_with)
            out.append(message("survey.pooled_with", source=self.source, others=shown))
        skipped = {"blank": self.blank, "not_applicable": self.not_applicable}
        if self.other_metric:
            out.append(message("survey.skipped_other", other=self.other_metric, **skipped))
        else:
            out.append(message("survey.skipped", **skipped))
        if self.rejected:
            code = "survey.rejected" if len(self.rejected_rows) == 1 else "survey.rejected_rows"
            examples = tuple(f"“{v}”" for v in self.rejected_values)
            out.append(message(code, count=self.rejected, examples=examples,
                               rows=_shown_rows(self.rejected_rows)))  # fmt: skip
        else:
            out.append(message("survey.rejected_none"))
        if self.bad_weight_rows:
            one = len(self.bad_weight_rows) == 1
            examples = tuple(f"“{v}”" for v in self.bad_weight_values)
            out.append(message("survey.bad_weight" if one else "survey.bad_weight_rows",
                               count=self.bad_weight, examples=examples,
                               rows=_shown_rows(self.bad_weight_rows)))  # fmt: skip
        if self.zero_weight:
            out.append(message("survey.zero_weight", count=self.zero_weight))
        return out

    def distribution_columns(self) -> tuple[str, ...]:
        """The columns of rows_of_distributions: n_eff only for a weighted import."""
        n_eff = ("n_eff",) if self.weight_column is not None else ()
        return ("touchpoint", "metric", "segment", "n", *n_eff, "measurement")

    def rows_of_distributions(self) -> list[tuple]:
        """The distributions as table rows: touchpoint, metric, segment, n, (n_eff,)
        action."""
        weighted = self.weight_column is not None
        low = f" (n_eff < {LOW_CONFIDENCE_N})" if weighted else f" (n < {LOW_CONFIDENCE_N})"
        return [
            (d.touchpoint, d.metric, d.segment, d.n,
             *((round(d.effective_n, 1),) if weighted else ()),
             d.action + (low if d.low_confidence else ""))
            for d in self.distributions
        ]  # fmt: skip


def _shown_rows(rows: list[int]) -> tuple[str, ...]:
    """Row numbers as a message lists them: the first SHOWN_ROWS, then "…" for more.
    Row numbers are labels, not amounts: no thousands separator."""
    more = ("…",) if len(rows) > SHOWN_ROWS else ()
    return tuple(str(r) for r in rows[:SHOWN_ROWS]) + more
