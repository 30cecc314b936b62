"""Sentences the model says to people, as a code and parameters: plain data, no Qt.

A ``Message`` names what happened (``"value.out_of_range"``) and the facts that go into the
sentence (field, value, bounds). ``str(message)`` is the English sentence the command line
prints; the GUI renders the same code and parameters in the interface's language
(journeymap/ui/messages.py), so neither side has to parse the other's words.

Parameter values are plain data: text, whole numbers (shown with thousands separators),
floats (shown with up to six significant digits), ``Figure`` (a number with fixed
decimals), ``None`` (shown as "—"), booleans, tuples of these (shown comma-separated) and
other messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Figure:
    """A number shown with a fixed number of decimals (a score such as 3.0)."""

    value: float
    decimals: int = 1


@dataclass(frozen=True, slots=True, eq=True)
class Message:
    """A sentence for people: its code (a key of ``TEXTS``) and its parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return TEXTS[self.code].format(**{k: english(v) for k, v in self.params.items()})


def message(code: str, **params: Any) -> Message:
    """A message with these parameters; the code must be one of ``TEXTS``."""
    if code not in TEXTS:
        raise KeyError(f"unknown message code {code!r}")
    return Message(code, params)


def english(value: Any) -> str:
    """A parameter as the English sentence shows it."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Figure):
        return f"{value.value:.{value.decimals}f}"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, int):
        return f"{value:,}"
    if value is None:
        return "—"
    if isinstance(value, tuple | list):
        return ", ".join(english(v) for v in value)
    return str(value)


#: Every sentence of the model in English, by code. ``{name}`` and friends are parameters.
#: The GUI translates these texts (the same keys), so keep each one a whole sentence.
TEXTS: dict[str, str] = {
    # ---- a value the model refuses (validation.py, commands.py) ----
    "value.not_text": "{field}: {value} is not text",
    "value.not_flag": "{field}: {value} is not true or false",
    "value.not_whole": "{field}: {value} is not a whole number",
    "value.not_number": "{field}: {value} is not a number",
    "value.out_of_range": "{field}: {value} is out of {low}-{high}",
    "value.below_minimum": "{field}: {value} is out of at least {low}",
    "value.not_choice": "{field}: {value} is not one of {choices}",
    "value.not_date": "{field}: {value} is not a date (YYYY-MM-DD)",
    "value.text_too_long": (
        "{field}: a text of {length} characters is longer than the {limit} allowed"
    ),
    "value.bad_character": "{field}: {value} holds an invalid character",
    "value.too_large": "{field}: {value} is larger than {limit}, the limit",
    "value.not_targets": "{field}: {value} is not a mapping of metric to target",
    "value.not_counts": "{field}: {value} is not a mapping of answer to count",
    "value.respondents_mismatch": "{field}: {respondents} respondents do not match the "
    "responses counted",
    "value.effective_n": "{field}: an effective sample size of {value} is not from 1 to "
    "the {respondents} respondents",
    "value.not_picture": "{field}: is not a PNG or JPEG picture",
    "value.not_colour": "{field}: {value} is not a colour such as #ffd54f",
    "value.not_references": "{field}: {value} is not a list of ids",
    "value.not_links": "{field}: {value} is not a list of links (kind, id, metric)",
    "value.not_effects": (
        "{field}: {value} is not a list of effects (touchpoint_id, metric, target)"
    ),
    "value.gap_without_metric": "{field}: a gap link names its metric (csat, nps or ces)",
    "value.repeated_link": "{field}: names the same thing twice",
    "value.repeated_reference": "{field}: names the same object twice",
    "value.picture_too_large": "{field}: a picture of {size} bytes is larger than the "
    "{limit} bytes allowed",
    "value.no_such_field": "{field}: {kind} has no editable field {name}",
    "value.no_such_object": "{field}: no {kind} {value} in this journey",
    "value.duplicate_id": "id: {value} is already in the document",
    "value.bad_index": "index: {value} is out of 0-{high}",
    "lane.keep_touchpoints": "lane ‘{name}’: the journey's only touchpoint lane holds the "
    "touchpoint map, so it cannot be deleted",
    "lane.show_touchpoints": "lane ‘{name}’: the journey's only touchpoint lane holds the "
    "touchpoint map, so it stays visible",
    "clipboard.no_touchpoints": "clipboard: holds no journeymap touchpoints",
    "clipboard.no_stage": "clipboard: the journey has no stage to paste into",
    # ---- undo steps (commands.py) ----
    "step.add.persona": "Add persona ‘{name}’",
    "step.add.journey": "Add journey ‘{name}’",
    "step.add.stage": "Add stage ‘{name}’",
    "step.add.touchpoint": "Add touchpoint ‘{name}’",
    "step.add.transition": "Connect ‘{source}’ to ‘{target}’",
    "step.add.measurement": "Add measurement",
    "step.add.lane": "Add lane ‘{name}’",
    "step.blueprint": "Make ‘{name}’ a service blueprint",
    "step.add.note": "Add note ‘{name}’",
    "step.add.observed_path": "Add observed path ‘{name}’",
    "step.add.opportunity": "Add opportunity ‘{name}’",
    "step.add.solution": "Add solution ‘{name}’",
    "step.delete.lane": "Delete lane ‘{name}’",
    "step.delete.note": "Delete note ‘{name}’",
    "step.delete.observed_path": "Delete observed path ‘{name}’",
    "step.delete.opportunity": "Delete opportunity ‘{name}’",
    "step.delete.solution": "Delete solution ‘{name}’",
    "step.delete.persona": "Delete persona ‘{name}’",
    "step.delete.journey": "Delete journey ‘{name}’",
    "step.delete.stage": "Delete stage ‘{name}’",
    "step.delete.touchpoint": "Delete touchpoint ‘{name}’",
    "step.delete.transition": "Delete the transition from ‘{source}’ to ‘{target}’",
    "step.delete.measurement": "Delete measurement",
    "step.reorder": "Move ‘{name}’ to position {position}",
    "step.move": "Move ‘{name}’",
    "step.rename": "Rename ‘{old}’ to ‘{new}’",
    "step.set": "Change ‘{name}’",
    "step.set.description": "Change the description of ‘{name}’",
    "step.set.persona_id": "Change the persona of ‘{name}’",
    "step.set.state": "Change the state of ‘{name}’",
    "step.set.language": "Change the language of ‘{name}’",
    "step.set.stage_id": "Move ‘{name}’ to another stage",
    "step.set.channel": "Change the channel of ‘{name}’",
    "step.set.channel_other": "Change the other channel of ‘{name}’",
    "step.set.owner": "Change the owner of ‘{name}’",
    "step.set.goal": "Change the customer goal of ‘{name}’",
    "step.set.expectation": "Change the expectation of ‘{name}’",
    "step.set.emotion": "Change the emotion of ‘{name}’",
    "step.set.importance": "Change the importance of ‘{name}’",
    "step.set.volume": "Change the volume of ‘{name}’",
    "step.set.notes": "Change the notes of ‘{name}’",
    "step.set.y": "Move ‘{name}’",
    "step.set.targets": "Change the targets of ‘{name}’",
    "step.set.source": "Change where ‘{name}’ starts",
    "step.set.target": "Change where ‘{name}’ leads",
    "step.set.share": "Change the share of ‘{name}’",
    "step.set.label": "Change the label of ‘{name}’",
    "step.set.counts": "Change the responses of ‘{name}’",
    "step.set.quote": "Change the quote of ‘{name}’",
    "step.set.goals": "Change the goals of ‘{name}’",
    "step.set.needs": "Change the needs of ‘{name}’",
    "step.set.frustrations": "Change the frustrations of ‘{name}’",
    "step.set.picture": "Change the picture of ‘{name}’",
    "step.set.kind": "Change the kind of lane ‘{name}’",
    "step.set.text": "Change the note ‘{name}’",
    "step.set.colour": "Change the colour of ‘{name}’",
    "step.set.votes": "Change the votes for ‘{name}’",
    "step.vote": "Vote for ‘{name}’",
    "step.unvote": "Take back a vote for ‘{name}’",
    "step.set.touchpoint_ids": "Change the touchpoints ‘{name}’ is about",
    "step.set.lane_id": "Move ‘{name}’ to another lane",
    "step.set.title": "Change the title of ‘{name}’",
    "step.set.customer_value": "Change the customer value of ‘{name}’",
    "step.set.business_value": "Change the business value of ‘{name}’",
    "step.set.effort": "Change the effort of ‘{name}’",
    "step.set.status": "Change the status of ‘{name}’",
    "step.set.due": "Change the due date of ‘{name}’",
    "step.set.links": "Change what ‘{name}’ addresses",
    "step.set.effects": "Change the expected effects of ‘{name}’",
    "step.set.journey_id": "Change the journey ‘{name}’ is realised in",
    "step.mark.visible": "Show lane ‘{name}’",
    "step.unmark.visible": "Hide lane ‘{name}’",
    "step.mark.proactive": "Mark ‘{name}’ as proactive",
    "step.unmark.proactive": "Unmark ‘{name}’ as proactive",
    "step.mark.moment_of_truth": "Mark ‘{name}’ as a moment of truth",
    "step.unmark.moment_of_truth": "Unmark ‘{name}’ as a moment of truth",
    "step.mark.entry": "Mark ‘{name}’ as an entry point",
    "step.unmark.entry": "Unmark ‘{name}’ as an entry point",
    "step.mark.exit": "Mark ‘{name}’ as an exit point",
    "step.unmark.exit": "Unmark ‘{name}’ as an exit point",
    "step.import_measurements": "Import measurements",
    "step.import_survey": "Import survey {file}",
    "step.import_sheet": "Import {file}",
    "step.refresh": "Refresh ‘{name}’ from {file}",
    # ---- the filled-in Excel sheet (excel/fillin.py) ----
    "cell.text_not_number": "{column}: “{value}” is text, not a number",
    "cell.not_number": "{column}: {value} is not a number",
    "cell.not_yes_no": "{column}: “{value}” is not yes or no",
    "cell.not_responses": "{column}: {value} is not a whole number of responses, 0 or more",
    "cell.weighted_count": (
        "{column}: {value} is not a whole number: weighted counts come from the survey "
        "import and can only be replaced by whole numbers of responses"
    ),
    "cell.segment_of_unsplit": (
        "the {metric} answers of “{name}” are held unsplit, with no segment {segment}: "
        "counts for the segment would count the same respondents twice; enter them in a "
        "fill-in sheet for all respondents, or import the survey with its segment column"
    ),
    "cell.no_id": "no touchpoint id: rows cannot be added here, add touchpoints in journeymap",
    "cell.unknown_id": "unknown touchpoint id “{value}” (from another journey file?)",
    "cell.twice": "“{name}” appears twice (first in row {row})",
    "cell.id_moved": (
        "the hidden id is that of “{name}”, but the row is “{shown}” (was column A changed?)"
    ),
    "cell.too_large": "{column}: {value} is too large (at most {limit})",
    "cell.key_extra": (
        "the hidden key row holds “{value}” beyond the template's columns; export a new template"
    ),
    "cell.key_deleted": "the hidden key “{key}” was deleted; export a new template",
    "cell.key_changed": ("the hidden key “{key}” was changed to “{value}”; export a new template"),
    "survey.tab": "tab",
    "survey.csv": "CSV, {encoding}, delimiter {delimiter}",
    "survey.excel": "Excel, sheet “{sheet}”",
    "survey.with_roles": "{base}; {roles}",
    "survey.role_touchpoint": "touchpoint “{column}”",
    "survey.role_score": "score “{column}”",
    "survey.role_metric": "metric “{column}”",
    "survey.label_rows_one": "{label} ({count} row)",
    "survey.label_rows_many": "{label} ({count} rows)",
    "survey.noted": "{name} ({note})",
    "survey.note_ignored": "ignored by the mapping",
    "survey.note_none": "no touchpoint {name}",
    "survey.note_ambiguous": "matches {count} touchpoints (map it to one by its id)",
    "sheet.too_long": (
        "{cell}: “{column}” of “{name}” has {length} characters; Excel keeps only {limit}, "
        "so edit it in journeymap, not in this sheet"
    ),
    "cell.merged": "merged cells: only the first keeps its value, unmerge them",
    "cell.formula": "holds a formula without a computed value ({formula}); type the value instead",
    "sheet.nothing": "{file}: {rows} read; nothing to change",
    "sheet.summary": (
        "{file}: {rows} read; {cells} changed on {touchpoints}; {added} added ({replaced} replaced)"
    ),
    "sheet.with_notes": "{summary}; {notes} added",
    "sheet.only_notes": "{file}: {rows} read; {notes} added",
    "sheet.note": "{lane}, {stage}: new note “{text}”",
    "cell.no_lane": "no lane id: rows cannot be added here, add lanes in journeymap",
    "cell.unknown_lane": "unknown lane id “{value}” (from another journey file?)",
    "cell.lane_without_notes": "“{name}” is not a lane of notes; type notes into a notes lane",
    "cell.unknown_stage": "unknown stage id “{value}” (or a stage of another journey)",
    "sheet.change": "{name}: {field}: {old} → {new}",
    "sheet.opportunity": "Opportunities: “{name}”: {field}: {old} → {new}",
    "sheet.read": "{file}: {rows} read",
    "sheet.with_opportunities": "{summary}; {opportunities} changed",
    "cell.no_opportunity_id": (
        "no opportunity id: rows cannot be added here, add opportunities in journeymap"
    ),
    "cell.unknown_opportunity": "unknown opportunity id “{value}” (from another journey file?)",
    "cell.not_status": "{column}: “{value}” is not a status; choose one of {choices}",
    "cell.not_date": "{column}: {value} is not a date; enter one such as 2026-12-31",
    "sheet.responses": "{name}: {metric} responses n={old} → n={new}",
    "count.touchpoint_row.one": "{count} touchpoint row",
    "count.touchpoint_row.many": "{count} touchpoint rows",
    "count.cell.one": "{count} cell",
    "count.cell.many": "{count} cells",
    "count.touchpoint.one": "{count} touchpoint",
    "count.touchpoint.many": "{count} touchpoints",
    "count.measurement.one": "{count} measurement",
    "count.measurement.many": "{count} measurements",
    "count.note.one": "{count} new note",
    "count.note.many": "{count} new notes",
    "count.opportunity.one": "{count} opportunity",
    "count.opportunity.many": "{count} opportunities",
    # ---- as-is against to-be (compare.py) ----
    "compare.stage": "stage: {old} → {new}",
    "compare.field": "{field}: {old} → {new}",
    "compare.target": "target {metric}: {old} → {new}",
    "compare.score": "{metric}: {old} → {new}",
    # ---- why a map in a team library wants a review (storage/library/stale.py) ----
    "library.review_due": "review was due {date}",
    "library.review_not_a_date": "review-by “{value}” is no date",
    "library.unchanged": "unchanged for {days} days",
    # ---- what a survey import found (survey/summary.py) ----
    "survey.file_wide": "{file}: wide layout (one row per respondent); {description}",
    "survey.file_long": "{file}: long layout (one row per answer); {description}",
    "survey.matched_columns": "Matched columns: {matched}",
    "survey.matched_touchpoints": "Matched touchpoints: {matched}",
    "survey.matched_columns_none": "Matched columns: none",
    "survey.matched_touchpoints_none": "Matched touchpoints: none",
    "survey.unmatched_columns": "Unmatched columns (not imported): {unmatched}",
    "survey.unmatched_touchpoints": "Unmatched touchpoints (not imported): {unmatched}",
    "survey.and_more": "and {count} more",
    "survey.segments": "Segments from column “{column}”",
    "survey.rows_read": "Rows read: {count}",
    "survey.answers_used": "Answers used: {count}",
    "survey.skipped": "Skipped: {blank} blank, {not_applicable} not applicable",
    "survey.skipped_other": (
        "Skipped: {blank} blank, {not_applicable} not applicable, {other} of another metric"
    ),
    "survey.rejected": "Rejected: {count} not on the scale (e.g. {examples}) in row {rows}",
    "survey.rejected_rows": "Rejected: {count} not on the scale (e.g. {examples}) in rows {rows}",
    "survey.rejected_none": "Rejected: 0",
    "survey.source": "Survey source: “{source}”",
    "survey.weights": "Weights from column “{column}”",
    "survey.unknown_segment": "Answers of unknown segment (blank segment cell): {count}",
    "survey.pooled_with": "Counted beside the answers of {others} as other respondents; if "
    "“{source}” is one of those surveys again, import it under that source name to replace "
    "it instead",
    "survey.bad_weight": (
        "Answers not counted for a blank, negative or non-numeric weight: {count} "
        "(e.g. {examples}) in row {rows}"
    ),
    "survey.bad_weight_rows": (
        "Answers not counted for a blank, negative or non-numeric weight: {count} "
        "(e.g. {examples}) in rows {rows}"
    ),
    "survey.zero_weight": "Answers left out for a weight of 0: {count}",
    "survey.add_segmented": (
        "Cannot add to source “{source}”: its earlier {metric} answers of “{touchpoint}” "
        "are split by segment and these are not, so no figure would count each respondent "
        "once; import them as another source, or replace the earlier ones"
    ),
    "survey.add_unsegmented": (
        "Cannot add to source “{source}”: its earlier {metric} answers of “{touchpoint}” "
        "are not split by segment and these are, so no figure would count each respondent "
        "once; import them as another source, or replace the earlier ones"
    ),
}
