"""What an opportunity addresses and what it aims for, as small values it holds in lists:
a link names an object of some journey by id (it may outlive the object: ``validate``
reports it), an effect the target a touchpoint's metric should reach."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Link:
    """A touchpoint, transition, note or gap row (touchpoint and metric) an opportunity
    addresses."""

    kind: str
    id: str
    metric: str = ""  # the gap row's metric; empty for the other kinds


@dataclass(frozen=True, slots=True)
class Effect:
    """The level an opportunity aims for: a touchpoint's metric reaching ``target``."""

    touchpoint_id: str
    metric: str
    target: float
