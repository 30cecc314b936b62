"""Survey-data import: raw responses turned into measurement distributions. No Qt.

``plan_survey_import`` reads a CSV or .xlsx export (long: one row per answer; wide: one
row per respondent, one column per touchpoint) and returns one undoable command with a
summary of what was matched, used, skipped and rejected.
"""

from journeymap.survey.answers import DEFAULT_NA
from journeymap.survey.plan import (
    ImportCancelled,
    SurveyCount,
    SurveyOptions,
    count_survey,
    import_command,
    plan_survey_import,
    preview_survey,
)
from journeymap.survey.summary import Distribution, SurveySummary

__all__ = [
    "DEFAULT_NA",
    "Distribution",
    "ImportCancelled",
    "SurveyCount",
    "SurveyOptions",
    "SurveySummary",
    "count_survey",
    "import_command",
    "plan_survey_import",
    "preview_survey",
]
