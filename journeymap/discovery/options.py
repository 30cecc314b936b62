"""How a log becomes a journey: the options of ``journeymap discover``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DiscoveryOptions:
    """How a log becomes a journey; the defaults are the command's."""

    min_share: float = 0.01
    stage_of: Mapping[str, str] = field(default_factory=dict)  # activity -> stage name
    stages: int = 4  # automatic stages for the activities stage_of does not place
    start: float | None = None  # only events from this time on (seconds, UTC)
    end: float | None = None  # only events before this time
    by_channel: bool = False  # the log has a channel column: one touchpoint per channel
    metric: str | None = None  # the case-level score column's metric
    segmented: bool = False  # the log has a segment column
    name: str = ""  # the journey's name; "" for the log file's name
    today: str = ""  # the date recorded on measurements; "" for today
