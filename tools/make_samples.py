"""Write the bundled sample journeys to samples/, each in English and in German.

Run from the project root:  .venv/bin/python tools/make_samples.py

Every sample is one table of content below. Texts are written side by side as
("English", "Deutsch") pairs, so both languages share one structure, the same keys and
the same numbers (counts, targets, volumes, shares). Ids are derived from readable keys
with uuid5, so regenerating the files changes nothing unless the content changed.
The to-be journeys are written as revisions of their as-is journey: only what differs.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from journeymap.model import Document, Journey, Measurement, Persona, Stage, Touchpoint, Transition
from journeymap.model.serialize import document_from_dict, document_to_dict
from journeymap.model.vocabulary import LANGUAGES, SCALES

#: A text in both languages: (English, German).
Text = tuple[str, str]

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "samples"
#: Fixed namespace of all sample ids; never change it, or every id changes.
NAMESPACE = uuid.UUID("6f1c2a4e-5b7d-4e0a-9c3f-2d8b1e7a4c90")
#: Vertical distance between the cards of one stage column on the canvas.
CARD_SPACING = 140.0
NO_TEXT: Text = ("", "")


def pick(text: Text, language: str) -> str:
    """The text in one language ("en" or "de")."""
    return text[LANGUAGES.index(language)]


# ---- the shape of the content tables ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonaSpec:
    """A persona: who the sample's journeys are for."""

    key: str
    name: Text
    description: Text


@dataclass(frozen=True, slots=True)
class StageSpec:
    """One stage (column) of a journey."""

    key: str
    name: Text
    description: Text


@dataclass(frozen=True, slots=True)
class TouchpointSpec:
    """One touchpoint; ``stage`` and ``owner`` are keys, texts are bilingual pairs.
    Its vertical position follows from its order within the stage."""

    key: str
    stage: str
    name: Text
    channel: str
    owner: str
    goal: Text
    expectation: Text
    pain_points: Text
    opportunities: Text
    emotion: int
    importance: int
    volume: int
    targets: Mapping[str, float] = field(default_factory=dict)
    proactive: bool = False
    moment_of_truth: bool = False
    entry: bool = False
    exit: bool = False
    notes: Text = NO_TEXT
    channel_other: Text = NO_TEXT


@dataclass(frozen=True, slots=True)
class FlowSpec:
    """A transition between two touchpoint keys, with an optional share and label."""

    source: str
    target: str
    share: float | None = None
    label: Text = NO_TEXT


@dataclass(frozen=True, slots=True)
class Source:
    """Where survey figures come from: the survey's name and its ISO date."""

    name: Text
    date: str


@dataclass(frozen=True, slots=True)
class SurveySpec:
    """Measured answers of one touchpoint and metric: per segment key, the counts of
    each answer in scale order (CSAT 1..5, NPS 0..10, CES 1..7)."""

    touchpoint: str
    metric: str
    counts: Mapping[str, Sequence[int]]
    source: Source


@dataclass(frozen=True, slots=True)
class JourneySpec:
    """One journey of a sample."""

    key: str
    name: Text
    description: Text
    persona: str
    state: str
    stages: Sequence[StageSpec]
    touchpoints: Sequence[TouchpointSpec]
    flows: Sequence[FlowSpec]
    surveys: Sequence[SurveySpec]


@dataclass(frozen=True, slots=True)
class SampleSpec:
    """One sample file pair: its file name and its content."""

    name: str
    personas: Sequence[PersonaSpec]
    journeys: Sequence[JourneySpec]


def revise(
    base: JourneySpec,
    *,
    key: str,
    name: Text,
    description: Text,
    changes: Mapping[str, Mapping[str, Any]],
    surveys: Sequence[SurveySpec],
    added: Sequence[tuple[str, TouchpointSpec]] = (),
    removed: Collection[str] = (),
    flows: Sequence[FlowSpec] = (),
    dropped_flows: Collection[tuple[str, str]] = (),
    state: str = "to-be",
) -> JourneySpec:
    """A variant of a journey (usually its to-be): touchpoint fields changed by key,
    touchpoints added after a given key or removed (with their transitions), flows
    replaced (same source and target), added or dropped, and its own measurements."""
    known = {tp.key for tp in base.touchpoints}
    unknown = (set(changes) | set(removed) | {after for after, _ in added}) - known
    unknown_flows = set(dropped_flows) - {(f.source, f.target) for f in base.flows}
    if unknown or unknown_flows:
        raise KeyError(f"{key}: {base.key} has no {sorted(unknown)} {sorted(unknown_flows)}")
    touchpoints: list[TouchpointSpec] = []
    for tp in base.touchpoints:
        if tp.key not in removed:
            touchpoints.append(replace(tp, **changes.get(tp.key, {})))
        touchpoints.extend(new for after, new in added if after == tp.key)
    updates = {(f.source, f.target): f for f in flows}
    kept = [
        updates.pop((f.source, f.target), f)
        for f in base.flows
        if (f.source, f.target) not in dropped_flows
        and f.source not in removed
        and f.target not in removed
    ]
    return replace(
        base,
        key=key,
        name=name,
        description=description,
        state=state,
        touchpoints=touchpoints,
        flows=[*kept, *updates.values()],
        surveys=surveys,
    )


# ---- shared vocabulary of the samples --------------------------------------------------

#: Owner departments by key. Owners are free text in the model; a shared table keeps
#: the same department spelled the same way in every sample.
OWNERS: dict[str, Text] = {
    "sales": ("Sales", "Vertrieb"),
    "service": ("Service team", "Serviceteam"),
    "field": ("Field technicians", "Außendienst-Technik"),
    "network": ("Network operations", "Netzbetrieb"),
    "billing": ("Billing", "Abrechnung"),
    "cx": ("Customer experience team", "CX-Team"),
    "marketing": ("Marketing", "Marketing"),
    "ecommerce": ("E-commerce", "E-Commerce"),
    "logistics": ("Logistics", "Logistik"),
    "forwarder": ("Freight forwarder (partner)", "Spedition (Partner)"),
    "product": ("Product management", "Produktmanagement"),
    "digital": ("Digital service", "Digitaler Service"),
    "retention": ("Retention team", "Kundenbindung"),
    "back-office": ("Back office", "Backoffice"),
    "social": ("Social media team", "Social-Media-Team"),
    "app-dev": ("App development", "App-Entwicklung"),
    "community": ("Community management", "Community-Management"),
    "second-level": ("Technical support (2nd level)", "Technischer Support (2nd Level)"),
    "quality": ("Quality management", "Qualitätsmanagement"),
    "comms": ("Corporate communications", "Unternehmenskommunikation"),
    "crm": ("CRM team", "CRM-Team"),
    "retail": ("Retail partners", "Handelspartner"),
    "repair": ("Repair centre", "Reparaturzentrum"),
}

#: Customer segments by key; "" is all respondents. Segment names are shown to users.
SEGMENTS: dict[str, Text] = {
    "": NO_TEXT,
    "private": ("Private customers", "Privatkunden"),
    "business": ("Business customers", "Geschäftskunden"),
    "new": ("New customers", "Neukunden"),
    "returning": ("Returning customers", "Stammkunden"),
    "long-standing": ("Customers for 5+ years", "Kunden seit 5 Jahren und länger"),
    "recent": ("Customers under 5 years", "Kunden unter 5 Jahren"),
    "under-35": ("Under 35", "Unter 35"),
    "35-plus": ("35 and over", "35 und älter"),
    "proactive": ("Informed proactively", "Proaktiv informiert"),
    "reactive": ("Found the defect themselves", "Mangel selbst entdeckt"),
}


# ---- building documents from the tables ------------------------------------------------


@dataclass(frozen=True, slots=True)
class IdScope:
    """Stable ids under one prefix, e.g. "installation.de/as-is"."""

    prefix: str

    def __call__(self, kind: str, key: str) -> str:
        """The id of the object of this kind and key: a uuid5 of prefix, kind and key."""
        return str(uuid.uuid5(NAMESPACE, f"{self.prefix}/{kind}/{key}"))


def distribution(metric: str, counts: Sequence[int]) -> dict[int, int]:
    """Counts in scale order as a mapping answer -> count; the length must fit the scale."""
    low, high = SCALES[metric]
    if len(counts) != high - low + 1:
        raise ValueError(f"{metric} needs {high - low + 1} counts ({low}..{high}), got {counts}")
    return {low + offset: count for offset, count in enumerate(counts)}


def build_touchpoint(spec: TouchpointSpec, language: str, ids: IdScope, y: float) -> Touchpoint:
    """One touchpoint in one language, at height y of its stage column."""
    return Touchpoint(
        stage_id=ids("stage", spec.stage),
        name=pick(spec.name, language),
        channel=spec.channel,
        channel_other=pick(spec.channel_other, language),
        owner=pick(OWNERS[spec.owner], language),
        goal=pick(spec.goal, language),
        expectation=pick(spec.expectation, language),
        pain_points=pick(spec.pain_points, language),
        opportunities=pick(spec.opportunities, language),
        emotion=spec.emotion,
        importance=spec.importance,
        volume=spec.volume,
        proactive=spec.proactive,
        moment_of_truth=spec.moment_of_truth,
        entry=spec.entry,
        exit=spec.exit,
        notes=pick(spec.notes, language),
        y=y,
        targets={metric: float(value) for metric, value in spec.targets.items()},
        id=ids("tp", spec.key),
    )


def build_touchpoints(spec: JourneySpec, language: str, ids: IdScope) -> list[Touchpoint]:
    """All touchpoints of a journey, each stage's cards spread down its column."""
    stage_keys = {stage.key for stage in spec.stages}
    rows: dict[str, int] = {}
    touchpoints = []
    for tp in spec.touchpoints:
        if tp.stage not in stage_keys:
            raise KeyError(f"{spec.key}/{tp.key}: no stage {tp.stage!r}")
        row = rows[tp.stage] = rows.get(tp.stage, -1) + 1
        touchpoints.append(build_touchpoint(tp, language, ids, row * CARD_SPACING))
    return touchpoints


def build_transitions(spec: JourneySpec, language: str, ids: IdScope) -> list[Transition]:
    """The journey's transitions; an unknown touchpoint key raises KeyError."""
    tp_ids = {tp.key: ids("tp", tp.key) for tp in spec.touchpoints}
    return [
        Transition(
            source=tp_ids[flow.source],
            target=tp_ids[flow.target],
            share=flow.share,
            label=pick(flow.label, language),
            id=ids("tr", f"{flow.source}>{flow.target}"),
        )
        for flow in spec.flows
    ]


def build_measurements(spec: JourneySpec, language: str, ids: IdScope) -> list[Measurement]:
    """One measurement per survey, metric and segment."""
    tp_ids = {tp.key: ids("tp", tp.key) for tp in spec.touchpoints}
    return [
        Measurement(
            touchpoint_id=tp_ids[survey.touchpoint],
            metric=survey.metric,
            counts=distribution(survey.metric, counts),
            segment=pick(SEGMENTS[segment], language),
            source=pick(survey.source.name, language),
            date=survey.source.date,
            id=ids("m", f"{survey.touchpoint}/{survey.metric}/{segment or 'all'}"),
        )
        for survey in spec.surveys
        for segment, counts in survey.counts.items()
    ]


def build_journey(spec: JourneySpec, sample: str, language: str) -> Journey:
    """One journey of a sample in one language."""
    scope = f"{sample}.{language}"
    ids = IdScope(f"{scope}/{spec.key}")
    return Journey(
        name=pick(spec.name, language),
        description=pick(spec.description, language),
        persona_id=IdScope(scope)("persona", spec.persona),
        state=spec.state,
        language=language,
        stages=[
            Stage(pick(s.name, language), pick(s.description, language), ids("stage", s.key))
            for s in spec.stages
        ],
        touchpoints=build_touchpoints(spec, language, ids),
        transitions=build_transitions(spec, language, ids),
        measurements=build_measurements(spec, language, ids),
        id=IdScope(scope)("journey", spec.key),
    )


def build_document(sample: SampleSpec, language: str) -> Document:
    """The whole sample as a document in one language."""
    ids = IdScope(f"{sample.name}.{language}")
    personas = [
        Persona(pick(p.name, language), pick(p.description, language), ids("persona", p.key))
        for p in sample.personas
    ]
    journeys = [build_journey(j, sample.name, language) for j in sample.journeys]
    return Document(personas, journeys)


def write_sample(sample: SampleSpec, language: str, out_dir: Path = OUT_DIR) -> Path:
    """Write one sample file, after checking that it loads back as a valid document."""
    data = document_to_dict(build_document(sample, language))
    document_from_dict(data)  # raises InvalidValue with the path of any bad value
    path = out_dir / f"{sample.name}.{language}.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def main() -> None:
    """Rewrite all sample files."""
    OUT_DIR.mkdir(exist_ok=True)
    for sample in SAMPLES:
        for language in LANGUAGES:
            print(write_sample(sample, language).relative_to(ROOT))


# ==== CONTENT ==========================================================================

# ---- 1. installation: silo thinking between service team and field technicians ----------

INSTALL_ORDER_SURVEY = Source(("Order survey Q3 2026", "Bestellbefragung Q3 2026"), "2026-09-12")
INSTALL_SURVEY = Source(
    ("Post-installation survey Q3 2026", "Befragung nach Installation Q3 2026"), "2026-09-30"
)

INSTALLATION_JOURNEY = JourneySpec(
    key="as-is",
    name=("Internet and landline installation", "Installation Internet und Festnetz"),
    description=(
        "As-is journey of a new private customer from the order to the first bill. It follows "
        "the silo-thinking example of a fictional internet and landline provider: the service "
        "team books the installation, but the field technicians are not part of the process, "
        "so customers have to arrange the visit with the technician themselves, who has not "
        "been told what was booked.",
        "Ist-Journey eines Neukunden von der Bestellung bis zur ersten Rechnung – nach dem "
        "Beispiel eines fiktiven Internet- und Festnetzanbieters für Silodenken: Das "
        "Serviceteam bucht die Installation, die Technik vor Ort ist aber nicht in den Prozess "
        "eingebunden. Kunden müssen den Termin selbst mit dem Techniker ausmachen, und der "
        "weiß nicht, was gebucht wurde.",
    ),
    persona="sabine",
    state="as-is",
    stages=(
        StageSpec(
            "order",
            ("Order", "Bestellung"),
            ("Choosing the tariff and placing the order.", "Tarifwahl und Auftrag."),
        ),
        StageSpec(
            "appointment",
            ("Appointment booking", "Terminvereinbarung"),
            (
                "The service team confirms the order and books the installation.",
                "Das Serviceteam bestätigt den Auftrag und bucht den Installationstermin.",
            ),
        ),
        StageSpec(
            "installation",
            ("Installation", "Installation"),
            ("Getting the line connected on site.", "Der Anschluss wird vor Ort geschaltet."),
        ),
        StageSpec(
            "getting-started",
            ("Getting started", "Inbetriebnahme"),
            (
                "First days online, feedback and the first bill.",
                "Die ersten Tage online, Feedback und die erste Rechnung.",
            ),
        ),
        StageSpec(
            "support",
            ("Service & Support", "Service & Support"),
            ("Faults in the first weeks.", "Störungen in den ersten Wochen."),
        ),
        StageSpec(
            "withdrawal",
            ("Withdrawal", "Widerruf"),
            (
                "Customers who give up before the line works.",
                "Kunden, die aufgeben, bevor der Anschluss läuft.",
            ),
        ),
    ),
    touchpoints=(
        TouchpointSpec(
            key="order-online",
            stage="order",
            name=("Order online", "Online-Bestellung"),
            channel="website",
            owner="sales",
            goal=(
                "Order internet and landline for the new flat",
                "Internet und Festnetz für die neue Wohnung bestellen",
            ),
            expectation=(
                "Clear monthly price and a first installation date before I submit the order",
                "Klarer Monatspreis und ein erster Installationstermin schon vor dem Absenden",
            ),
            pain_points=(
                "The availability check gives only a speed range; there is no date until the "
                "service team calls",
                "Die Verfügbarkeitsprüfung nennt nur eine Bandbreite; einen Termin gibt es "
                "erst, wenn das Serviceteam anruft",
            ),
            opportunities=(
                "Offer bookable installation slots in the checkout",
                "Freie Installationstermine direkt im Bestellprozess anbieten",
            ),
            emotion=1,
            importance=4,
            volume=3400,
            targets={"csat": 85},
            entry=True,
        ),
        TouchpointSpec(
            key="order-shop",
            stage="order",
            name=("Order in the shop", "Bestellung im Shop"),
            channel="in_person",
            owner="sales",
            goal=(
                "Get advice on the right tariff and order in person",
                "Sich zum passenden Tarif beraten lassen und persönlich bestellen",
            ),
            expectation=(
                "Advice in under 20 minutes and an order confirmation to take home",
                "Beratung in unter 20 Minuten und eine Auftragsbestätigung zum Mitnehmen",
            ),
            pain_points=(
                "Shop staff cannot see the technicians' capacity and promise dates nobody can keep",
                "Die Shop-Mitarbeitenden sehen die Kapazität der Technik nicht und versprechen "
                "Termine, die niemand halten kann",
            ),
            opportunities=(
                "Give the shops read access to the field technicians' calendar",
                "Den Shops Lesezugriff auf den Einsatzkalender der Technik geben",
            ),
            emotion=1,
            importance=3,
            volume=900,
            targets={"csat": 85},
            entry=True,
        ),
        TouchpointSpec(
            key="order-confirmation",
            stage="appointment",
            name=("Order confirmation", "Auftragsbestätigung"),
            channel="email",
            owner="service",
            goal=(
                "Know that the order went through and what happens next",
                "Wissen, dass der Auftrag angekommen ist und wie es weitergeht",
            ),
            expectation=(
                "Confirmation within one hour, naming the next steps",
                "Bestätigung innerhalb einer Stunde mit den nächsten Schritten",
            ),
            pain_points=(
                "Generic text without a contact person or a date",
                "Standardtext ohne Ansprechpartner und ohne Termin",
            ),
            opportunities=(
                "Say what happens next and when",
                "Den nächsten Schritt und seinen Zeitpunkt konkret nennen",
            ),
            emotion=0,
            importance=3,
            volume=4300,
            targets={"csat": 80},
            proactive=True,
        ),
        TouchpointSpec(
            key="booking-call",
            stage="appointment",
            name=(
                "Installation appointment booked by phone",
                "Installationstermin telefonisch vereinbart",
            ),
            channel="phone",
            owner="service",
            goal=(
                "Find a date that fits around work and school",
                "Einen Termin finden, der zu Job und Schule passt",
            ),
            expectation=(
                "A four-hour window within the next 10 days",
                "Ein Zeitfenster von vier Stunden innerhalb der nächsten 10 Tage",
            ),
            pain_points=(
                "The agent books in the service team's own system; the booking never reaches "
                "the technicians' dispatch planning",
                "Gebucht wird im System des Serviceteams – in der Einsatzplanung der Technik "
                "kommt der Termin nie an",
            ),
            opportunities=(
                "One shared calendar for the service team and the field technicians",
                "Ein gemeinsamer Kalender für Serviceteam und Außendienst-Technik",
            ),
            emotion=1,
            importance=5,
            volume=4100,
            targets={"csat": 80, "ces": 5.5},
            proactive=True,
            moment_of_truth=True,
            notes=(
                "The service team itself scores well here: friendly, quick, well trained. The "
                "trouble starts after the call.",
                "Das Serviceteam selbst schneidet hier gut ab: freundlich, schnell, gut "
                "geschult. Das Problem beginnt nach dem Anruf.",
            ),
        ),
        TouchpointSpec(
            key="appointment-text",
            stage="appointment",
            name=("Appointment reminder", "Terminerinnerung"),
            channel="messaging",
            owner="service",
            goal=(
                "Be reminded the day before",
                "Am Vortag an den Termin erinnert werden",
            ),
            expectation=(
                "Text message the day before with the time window and the technician's name",
                "SMS am Vortag mit Zeitfenster und Namen des Technikers",
            ),
            pain_points=(
                "The reminder names neither the technician nor a number to call, only the hotline",
                "Die Erinnerung nennt weder den Techniker noch eine Rufnummer, nur die Hotline",
            ),
            opportunities=(
                "Send the technician's name and photo and a live arrival link",
                "Name und Foto des Technikers sowie einen Link zur Live-Ankunftszeit mitschicken",
            ),
            emotion=0,
            importance=3,
            volume=4050,
            targets={"csat": 80},
            proactive=True,
        ),
        TouchpointSpec(
            key="technician-call",
            stage="installation",
            name=("Customer calls the technician", "Kunde ruft den Techniker selbst an"),
            channel="phone",
            owner="field",
            goal=(
                "Make sure the technician knows the appointment and the order",
                "Sichergehen, dass der Techniker Termin und Auftrag kennt",
            ),
            expectation=(
                "No call needed: the technician already knows what was booked",
                "Gar kein Anruf nötig – der Techniker weiß, was gebucht wurde",
            ),
            pain_points=(
                "The technician has no record of the booking and is often unreachable on the "
                "road; customers explain their order a second time",
                "Der Techniker kennt die Buchung nicht und ist unterwegs oft nicht erreichbar; "
                "Kunden erklären ihren Auftrag ein zweites Mal",
            ),
            opportunities=(
                "Hand the booking over to the technicians automatically, so this call is never "
                "needed",
                "Buchung automatisch an die Technik übergeben, damit dieser Anruf gar nicht erst "
                "nötig wird",
            ),
            emotion=-2,
            importance=5,
            volume=2600,
            targets={"csat": 75, "ces": 5.0},
            moment_of_truth=True,
            notes=(
                "Silo thinking in a nutshell: the field technicians were never made part of the "
                "booking process.",
                "Silodenken in Reinform: Die Technik vor Ort wurde nie in den Buchungsprozess "
                "eingebunden.",
            ),
        ),
        TouchpointSpec(
            key="hotline-follow-up",
            stage="installation",
            name=(
                "Calls the hotline about the appointment",
                "Ruft wegen des Termins bei der Hotline an",
            ),
            channel="phone",
            owner="service",
            goal=(
                "Find out whether the appointment still stands",
                "Klären, ob der Termin überhaupt steht",
            ),
            expectation=(
                "A clear yes or no within one call",
                "Eine klare Zu- oder Absage in einem einzigen Anruf",
            ),
            pain_points=(
                "The hotline sees the booking but cannot reach the technicians either and "
                "promises a callback that rarely comes",
                "Die Hotline sieht zwar die Buchung, erreicht die Technik aber auch nicht und "
                "verspricht einen Rückruf, der selten kommt",
            ),
            opportunities=(
                "Give the hotline a direct line to field dispatch",
                "Der Hotline einen direkten Draht zur Einsatzsteuerung geben",
            ),
            emotion=-2,
            importance=4,
            volume=780,
            targets={"csat": 70, "ces": 5.0},
        ),
        TouchpointSpec(
            key="technician-visit",
            stage="installation",
            name=("Technician installs on site", "Installation durch den Techniker vor Ort"),
            channel="technician",
            owner="field",
            goal=(
                "Have the line working the same day",
                "Noch am selben Tag einen funktionierenden Anschluss haben",
            ),
            expectation=(
                "Arrives within the window, brings the router I ordered and leaves everything "
                "working",
                "Kommt im Zeitfenster, bringt den bestellten Router mit und hinterlässt alles "
                "funktionsfähig",
            ),
            pain_points=(
                "The technician arrives without the order details; one visit in five lacks the "
                "right router",
                "Der Techniker kommt ohne Auftragsdetails; bei jedem fünften Einsatz fehlt der "
                "richtige Router",
            ),
            opportunities=(
                "Order details and equipment list on the technician's tablet",
                "Auftragsdetails und Materialliste auf dem Tablet des Technikers",
            ),
            emotion=0,
            importance=5,
            volume=3900,
            targets={"csat": 85, "nps": 20},
            moment_of_truth=True,
        ),
        TouchpointSpec(
            key="second-visit",
            stage="installation",
            name=("Second technician visit", "Zweiter Technikereinsatz"),
            channel="technician",
            owner="field",
            goal=(
                "Finally get a working line",
                "Endlich einen funktionierenden Anschluss bekommen",
            ),
            expectation=(
                "A new date within two days, without taking another day off",
                "Ein neuer Termin innerhalb von zwei Tagen, ohne noch einen Urlaubstag zu nehmen",
            ),
            pain_points=(
                "Customers take a second day off; nobody apologises or offers compensation",
                "Kunden nehmen sich einen zweiten Tag frei; niemand entschuldigt sich oder bietet "
                "einen Ausgleich an",
            ),
            opportunities=(
                "Evening slots and an automatic credit note for every second visit",
                "Abendtermine und eine automatische Gutschrift für jeden zweiten Einsatz",
            ),
            emotion=-1,
            importance=4,
            volume=950,
            targets={"csat": 75},
        ),
        TouchpointSpec(
            key="router-setup",
            stage="getting-started",
            name=("Router setup and first connection", "Router-Einrichtung und erste Verbindung"),
            channel="app",
            owner="network",
            goal=(
                "Get every device online and the landline ringing",
                "Alle Geräte online bringen und das Festnetz zum Klingeln bringen",
            ),
            expectation=(
                "Up and running within 15 minutes with the app's step-by-step guide",
                "In 15 Minuten startklar mit der Schritt-für-Schritt-Anleitung der App",
            ),
            pain_points=(
                "Porting the old landline number takes up to five more days, and nobody says so "
                "beforehand",
                "Die Mitnahme der alten Rufnummer dauert bis zu fünf Tage länger, und niemand "
                "sagt es vorher",
            ),
            opportunities=(
                "State the porting date up front and send a text when the number is live",
                "Den Portierungstermin vorab nennen und per SMS melden, sobald die Nummer aktiv "
                "ist",
            ),
            emotion=1,
            importance=4,
            volume=3800,
            targets={"csat": 85, "ces": 6.0},
        ),
        TouchpointSpec(
            key="installation-survey",
            stage="getting-started",
            name=("Installation survey", "Befragung nach der Installation"),
            channel="email",
            owner="cx",
            goal=("Say how it went", "Rückmelden, wie es gelaufen ist"),
            expectation=(
                "A short survey, and a reaction if I complain",
                "Eine kurze Umfrage – und eine Reaktion, wenn ich Kritik äußere",
            ),
            pain_points=(
                "Detractors get no follow-up call; their comments go unread for weeks",
                "Kritiker werden nicht zurückgerufen; ihre Kommentare liest wochenlang niemand",
            ),
            opportunities=(
                "Call back every detractor within 48 hours and pass the reasons to field service "
                "management",
                "Jeden Kritiker innerhalb von 48 Stunden zurückrufen und die Gründe an die "
                "Leitung Außendienst weitergeben",
            ),
            emotion=0,
            importance=2,
            volume=3700,
            targets={"nps": 20},
            proactive=True,
        ),
        TouchpointSpec(
            key="first-bill",
            stage="getting-started",
            name=("First bill", "Erste Rechnung"),
            channel="email",
            owner="billing",
            goal=(
                "Check that I pay what I was promised",
                "Prüfen, ob ich zahle, was mir zugesagt wurde",
            ),
            expectation=(
                "Charged from the day the line worked, no surprises",
                "Abrechnung ab dem Tag, an dem der Anschluss lief – ohne Überraschungen",
            ),
            pain_points=(
                "Charges start on the booked date, even when the line only worked after the "
                "second visit",
                "Abgerechnet wird ab dem gebuchten Termin, auch wenn der Anschluss erst nach dem "
                "zweiten Einsatz lief",
            ),
            opportunities=(
                "Start billing with the technician's completion report",
                "Die Abrechnung erst mit dem Abschlussbericht des Technikers starten",
            ),
            emotion=-1,
            importance=4,
            volume=3650,
            targets={"csat": 80},
            proactive=True,
            moment_of_truth=True,
            exit=True,
        ),
        TouchpointSpec(
            key="fault-chat",
            stage="support",
            name=("Reports a fault via chat", "Störungsmeldung per Chat"),
            channel="messaging",
            owner="service",
            goal=(
                "Get the dropping connection fixed",
                "Die abbrechende Verbindung beheben lassen",
            ),
            expectation=(
                "A remote check while I wait and an honest estimate",
                "Eine Ferndiagnose, während ich warte, und eine ehrliche Einschätzung",
            ),
            pain_points=(
                "The chat agent cannot see the technician's installation report",
                "Der Chat-Mitarbeiter sieht den Installationsbericht des Technikers nicht",
            ),
            opportunities=(
                "Share the installation report with every service channel",
                "Den Installationsbericht allen Servicekanälen zugänglich machen",
            ),
            emotion=-1,
            importance=4,
            volume=520,
            targets={"csat": 75, "ces": 5.5},
        ),
        TouchpointSpec(
            key="withdrawal",
            stage="withdrawal",
            name=("Withdraws from the contract", "Widerruft den Vertrag"),
            channel="website",
            owner="sales",
            goal=(
                "Get out before the contract has really begun",
                "Aussteigen, bevor der Vertrag richtig begonnen hat",
            ),
            expectation=(
                "Withdrawal online, confirmed within a day, no fees",
                "Widerruf online, innerhalb eines Tages bestätigt, ohne Gebühren",
            ),
            pain_points=(
                "A customer lost before the first day online, and nobody asks why",
                "Ein Kunde geht verloren, bevor er je online war – und niemand fragt nach dem "
                "Grund",
            ),
            opportunities=(
                "Ask one question about the reason and report it to field service management",
                "Eine Frage nach dem Grund stellen und an die Leitung Außendienst melden",
            ),
            emotion=-2,
            importance=3,
            volume=150,
            targets={"csat": 40},
            exit=True,
        ),
    ),
    flows=(
        FlowSpec("order-online", "order-confirmation"),
        FlowSpec("order-shop", "order-confirmation"),
        FlowSpec("order-confirmation", "booking-call"),
        FlowSpec("booking-call", "appointment-text"),
        FlowSpec(
            "appointment-text",
            "technician-call",
            0.64,
            ("has to call the technician", "muss den Techniker selbst anrufen"),
        ),
        FlowSpec(
            "appointment-text",
            "technician-visit",
            0.36,
            ("technician happens to know", "Techniker ist zufällig informiert"),
        ),
        FlowSpec(
            "technician-call",
            "technician-visit",
            0.7,
            ("reaches the technician", "erreicht den Techniker"),
        ),
        FlowSpec(
            "technician-call",
            "hotline-follow-up",
            0.3,
            ("technician unreachable", "Techniker nicht erreichbar"),
        ),
        FlowSpec(
            "hotline-follow-up",
            "technician-call",
            0.81,
            ("calls the technician again", "ruft erneut beim Techniker an"),
        ),
        FlowSpec(
            "hotline-follow-up",
            "withdrawal",
            0.19,
            ("gives up and withdraws", "gibt auf und widerruft"),
        ),
        FlowSpec("technician-visit", "router-setup", 0.78, ("line works", "Anschluss läuft")),
        FlowSpec(
            "technician-visit",
            "second-visit",
            0.22,
            ("wrong router on board", "falscher Router dabei"),
        ),
        FlowSpec("second-visit", "router-setup", label=("line works now", "Anschluss läuft jetzt")),
        FlowSpec(
            "router-setup",
            "installation-survey",
            0.86,
            ("connection stable", "Verbindung stabil"),
        ),
        FlowSpec(
            "router-setup",
            "fault-chat",
            0.14,
            ("connection keeps dropping", "Verbindung bricht immer wieder ab"),
        ),
        FlowSpec(
            "fault-chat",
            "second-visit",
            0.45,
            ("technician has to come again", "Techniker muss erneut kommen"),
        ),
        FlowSpec(
            "fault-chat",
            "installation-survey",
            0.55,
            ("fixed remotely", "aus der Ferne behoben"),
        ),
        FlowSpec("installation-survey", "first-bill"),
    ),
    surveys=(
        SurveySpec(
            "order-online",
            "csat",
            {"private": (9, 14, 38, 142, 109), "business": (2, 4, 9, 31, 21)},
            INSTALL_ORDER_SURVEY,
        ),
        SurveySpec(
            "booking-call",
            "csat",
            {"private": (4, 6, 17, 88, 72), "business": (1, 2, 5, 19, 14)},
            INSTALL_SURVEY,
        ),
        SurveySpec(
            "booking-call",
            "ces",
            {"private": (3, 4, 9, 14, 28, 61, 68), "business": (1, 1, 3, 4, 9, 13, 10)},
            INSTALL_SURVEY,
        ),
        SurveySpec(
            "technician-call",
            "csat",
            {"private": (51, 38, 22, 19, 13), "business": (9, 7, 5, 4, 2)},
            INSTALL_SURVEY,
        ),
        SurveySpec(
            "technician-call",
            "ces",
            {"private": (34, 31, 27, 22, 15, 9, 5), "business": (7, 6, 5, 4, 3, 1, 1)},
            INSTALL_SURVEY,
        ),
        SurveySpec("hotline-follow-up", "csat", {"": (17, 14, 10, 11, 6)}, INSTALL_SURVEY),
        SurveySpec("hotline-follow-up", "ces", {"": (14, 12, 11, 9, 6, 4, 2)}, INSTALL_SURVEY),
        SurveySpec(
            "technician-visit",
            "csat",
            {"private": (14, 21, 39, 88, 61), "business": (4, 6, 9, 17, 11)},
            INSTALL_SURVEY,
        ),
        SurveySpec(
            "technician-visit",
            "nps",
            {
                "private": (6, 4, 7, 9, 11, 17, 21, 38, 33, 31, 26),
                "business": (2, 1, 2, 3, 3, 5, 6, 8, 7, 6, 4),
            },
            INSTALL_SURVEY,
        ),
        SurveySpec("second-visit", "csat", {"": (6, 7, 5, 4, 1)}, INSTALL_SURVEY),
        SurveySpec(
            "router-setup",
            "csat",
            {"private": (5, 9, 21, 97, 86), "business": (1, 3, 6, 22, 15)},
            INSTALL_SURVEY,
        ),
        SurveySpec("router-setup", "ces", {"private": (2, 3, 7, 15, 38, 84, 69)}, INSTALL_SURVEY),
        SurveySpec(
            "installation-survey",
            "nps",
            {
                "private": (14, 8, 11, 13, 17, 26, 33, 61, 58, 47, 38),
                "business": (3, 2, 3, 4, 4, 6, 7, 12, 11, 9, 6),
            },
            INSTALL_SURVEY,
        ),
        SurveySpec("first-bill", "csat", {"": (21, 29, 34, 61, 37)}, INSTALL_SURVEY),
        SurveySpec("fault-chat", "csat", {"": (14, 15, 13, 14, 7)}, INSTALL_SURVEY),
        SurveySpec("fault-chat", "ces", {"": (11, 13, 12, 9, 8, 6, 4)}, INSTALL_SURVEY),
        SurveySpec("withdrawal", "csat", {"": (9, 6, 3, 2, 1)}, INSTALL_SURVEY),
    ),
)

INSTALLATION = SampleSpec(
    name="installation",
    personas=(
        PersonaSpec(
            "sabine",
            ("Sabine, family with a home office", "Sabine, Familie mit Homeoffice"),
            (
                "41, moves with her partner and two children into a new flat and needs internet "
                "and landline from day one: she works from home two days a week. Orders online, "
                "expects one appointment that holds and a technician who knows what was "
                "ordered. Little patience for being passed from one department to the next.",
                "41 Jahre, zieht mit Partner und zwei Kindern in eine neue Wohnung und braucht "
                "ab dem ersten Tag Internet und Festnetz – zwei Tage pro Woche arbeitet sie im "
                "Homeoffice. Bestellt online, erwartet einen Termin, der hält, und einen "
                "Techniker, der weiß, was bestellt wurde. Wenig Geduld, wenn sie von Abteilung "
                "zu Abteilung weitergereicht wird.",
            ),
        ),
    ),
    journeys=(INSTALLATION_JOURNEY,),
)

# ---- 2. online-order: the same 8 days, two delivery promises ------------------------------

ORDER_SURVEY = Source(("Order survey Q2 2026", "Bestellbefragung Q2 2026"), "2026-06-15")
ORDER_PILOT = Source(
    ("Pilot survey region North Q3 2026", "Pilotbefragung Region Nord Q3 2026"), "2026-09-18"
)

ONLINE_ORDER_AS_IS = JourneySpec(
    key="as-is",
    name=("Online order and delivery (as-is)", "Onlinebestellung und Lieferung (Ist)"),
    description=(
        "A height-adjustable desk ordered online and delivered by a freight forwarder. The "
        "shop promises delivery within 5-8 working days; the forwarder needs 8. The desk "
        "arrives within the promise, yet customers are disappointed: they expected day 5.",
        "Ein höhenverstellbarer Schreibtisch, online bestellt und per Spedition geliefert. "
        "Der Shop verspricht 5–8 Werktage, die Spedition braucht 8. Der Tisch kommt "
        "innerhalb der Zusage – und trotzdem sind Kunden enttäuscht, weil sie mit Tag 5 "
        "gerechnet haben.",
    ),
    persona="jonas",
    state="as-is",
    stages=(
        StageSpec(
            "discovery",
            ("Discovery", "Orientierung"),
            ("Finding and comparing the product.", "Produkt finden und vergleichen."),
        ),
        StageSpec(
            "purchase",
            ("Purchase", "Kauf"),
            (
                "Checkout and order confirmation: where the delivery promise is made.",
                "Bestellung und Bestätigung – hier entsteht das Lieferversprechen.",
            ),
        ),
        StageSpec(
            "waiting",
            ("Waiting for delivery", "Warten auf die Lieferung"),
            (
                "Dispatch, tracking and questions while the desk is on its way.",
                "Versand, Sendungsverfolgung und Rückfragen, während der Tisch unterwegs ist.",
            ),
        ),
        StageSpec(
            "delivery",
            ("Delivery", "Lieferung"),
            (
                "The forwarder brings the desk: the promise is kept or broken.",
                "Die Spedition bringt den Tisch – das Versprechen wird gehalten oder gebrochen.",
            ),
        ),
        StageSpec(
            "use",
            ("Use", "Nutzung"),
            ("Assembly and the first weeks.", "Aufbau und die ersten Wochen."),
        ),
        StageSpec(
            "returns",
            ("Service & returns", "Service & Retoure"),
            ("Transport damage and returns.", "Transportschäden und Retouren."),
        ),
    ),
    touchpoints=(
        TouchpointSpec(
            key="social-ad",
            stage="discovery",
            name=("Sees the desk on Instagram", "Sieht den Tisch auf Instagram"),
            channel="social_media",
            owner="marketing",
            goal=(
                "Get ideas for a better home office",
                "Sich Ideen für ein besseres Homeoffice holen",
            ),
            expectation=(
                "Price and delivery time visible in the ad",
                "Preis und Lieferzeit schon in der Anzeige",
            ),
            pain_points=(
                "The ad says 'ships fast' while the product page says 5-8 days",
                "Die Anzeige verspricht „schneller Versand“, die Produktseite nennt 5–8 Tage",
            ),
            opportunities=(
                "One delivery promise across ad, product page and checkout",
                "Ein einheitliches Lieferversprechen in Anzeige, Produktseite und Checkout",
            ),
            emotion=1,
            importance=2,
            volume=5200,
            entry=True,
        ),
        TouchpointSpec(
            key="product-page",
            stage="discovery",
            name=("Product page and reviews", "Produktseite und Bewertungen"),
            channel="website",
            owner="ecommerce",
            goal=(
                "Compare sizes, prices and delivery times",
                "Maße, Preise und Lieferzeiten vergleichen",
            ),
            expectation=(
                "An honest delivery time and reviews from real buyers",
                "Eine ehrliche Lieferzeit und Bewertungen von echten Käufern",
            ),
            pain_points=(
                "The delivery time shows the best case, not the usual case",
                "Die Lieferzeit zeigt den Bestfall, nicht den Normalfall",
            ),
            opportunities=(
                "Show the delivery time the forwarder actually achieves",
                "Die Lieferzeit anzeigen, die die Spedition tatsächlich erreicht",
            ),
            emotion=1,
            importance=4,
            volume=8400,
            targets={"csat": 85},
            entry=True,
        ),
        TouchpointSpec(
            key="checkout",
            stage="purchase",
            name=("Checkout with delivery promise", "Checkout mit Lieferzusage"),
            channel="website",
            owner="ecommerce",
            goal=(
                "Order quickly and know when the desk will arrive",
                "Schnell bestellen und wissen, wann der Tisch kommt",
            ),
            expectation=(
                "Delivery within 5-8 working days",
                "Lieferung innerhalb von 5–8 Werktagen",
            ),
            pain_points=(
                "Promising 5-8 days sets the bar at day 5; the forwarder needs 8",
                "Die Zusage „5–8 Tage“ setzt die Erwartung auf Tag 5 – die Spedition braucht 8",
            ),
            opportunities=(
                "Promise what the process delivers: 8-10 working days",
                "Versprechen, was der Prozess hält: 8–10 Werktage",
            ),
            emotion=1,
            importance=5,
            volume=1900,
            targets={"csat": 85},
            moment_of_truth=True,
            notes=(
                "The expectation is set here, not at the front door.",
                "Die Erwartung entsteht hier, nicht erst an der Haustür.",
            ),
        ),
        TouchpointSpec(
            key="order-confirmation",
            stage="purchase",
            name=("Order confirmation", "Bestellbestätigung"),
            channel="email",
            owner="ecommerce",
            goal=(
                "Have the order and the delivery time in writing",
                "Bestellung und Lieferzeit schriftlich haben",
            ),
            expectation=(
                "Email within minutes that repeats the 5-8 days",
                "E-Mail innerhalb von Minuten, die die 5–8 Tage wiederholt",
            ),
            pain_points=(
                "Repeats the optimistic promise; customers put day 5 in their calendar",
                "Wiederholt die optimistische Zusage – Kunden tragen sich Tag 5 in den Kalender "
                "ein",
            ),
            opportunities=(
                "Give a range and announce that the exact day will follow",
                "Einen Zeitraum nennen und ankündigen, dass der genaue Tag noch folgt",
            ),
            emotion=1,
            importance=3,
            volume=1900,
            targets={"csat": 85},
            proactive=True,
        ),
        TouchpointSpec(
            key="dispatch-notice",
            stage="waiting",
            name=("Dispatch notice", "Versandbestätigung"),
            channel="email",
            owner="logistics",
            goal=(
                "Know that the desk has left the warehouse",
                "Wissen, dass der Tisch das Lager verlassen hat",
            ),
            expectation=(
                "Dispatch notice with a tracking link on day 2",
                "Versandbestätigung mit Tracking-Link an Tag 2",
            ),
            pain_points=(
                "For days the tracking link shows nothing but 'handed to forwarder'",
                "Der Tracking-Link zeigt tagelang nur „an Spedition übergeben“",
            ),
            opportunities=(
                "Show the forwarder's milestones on the tracking page",
                "Die Meilensteine der Spedition in der Sendungsverfolgung anzeigen",
            ),
            emotion=0,
            importance=3,
            volume=1880,
            targets={"csat": 80},
            proactive=True,
        ),
        TouchpointSpec(
            key="tracking",
            stage="waiting",
            name=("Checks the tracking page", "Prüft die Sendungsverfolgung"),
            channel="website",
            owner="logistics",
            goal=("See when the desk will arrive", "Sehen, wann der Tisch ankommt"),
            expectation=(
                "A delivery day, not just 'in transit'",
                "Einen Liefertag statt nur „unterwegs“",
            ),
            pain_points=(
                "The same status for four days",
                "Vier Tage lang derselbe Status",
            ),
            opportunities=(
                "Show the planned delivery day as soon as the forwarder knows it",
                "Den geplanten Liefertag anzeigen, sobald die Spedition ihn kennt",
            ),
            emotion=-1,
            importance=4,
            volume=4600,
            targets={"ces": 5.5},
            notes=(
                "Volume counts page visits: customers check several times a day from day 5.",
                "Das Volumen zählt Seitenaufrufe: Ab Tag 5 schauen Kunden mehrmals täglich nach.",
            ),
        ),
        TouchpointSpec(
            key="where-is-my-order",
            stage="waiting",
            name=("Calls: where is my order?", "Ruft an: Wo bleibt meine Bestellung?"),
            channel="phone",
            owner="service",
            goal=(
                "Find out why the desk has not arrived by day 6",
                "Erfahren, warum der Tisch an Tag 6 noch nicht da ist",
            ),
            expectation=(
                "A concrete delivery day from the first person I talk to",
                "Einen konkreten Liefertag vom ersten Ansprechpartner",
            ),
            pain_points=(
                "The agent sees the same tracking status as the customer and can only repeat "
                "'within 8 days'",
                "Der Mitarbeiter sieht denselben Status wie der Kunde und kann nur „innerhalb "
                "von 8 Tagen“ wiederholen",
            ),
            opportunities=(
                "Prevent the call: a proactive status text on day 4",
                "Den Anruf vermeiden: eine proaktive Status-SMS an Tag 4",
            ),
            emotion=-2,
            importance=4,
            volume=610,
            targets={"csat": 70, "ces": 5.0},
        ),
        TouchpointSpec(
            key="cancel-order",
            stage="waiting",
            name=("Cancels the order", "Storniert die Bestellung"),
            channel="website",
            owner="ecommerce",
            goal=(
                "Buy the desk elsewhere with a firm date",
                "Den Tisch woanders mit festem Termin kaufen",
            ),
            expectation=(
                "Cancellation confirmed at once, refund within 3 days",
                "Stornierung sofort bestätigt, Erstattung innerhalb von 3 Tagen",
            ),
            pain_points=(
                "The desk is already with the forwarder, so the cancellation turns into a return",
                "Der Tisch ist schon bei der Spedition – aus der Stornierung wird eine Retoure",
            ),
            opportunities=(
                "Offer a guaranteed delivery day instead of letting the customer go",
                "Einen garantierten Liefertag anbieten, statt den Kunden ziehen zu lassen",
            ),
            emotion=-2,
            importance=3,
            volume=110,
            targets={"csat": 50},
            exit=True,
        ),
        TouchpointSpec(
            key="delivery-slot",
            stage="delivery",
            name=(
                "Forwarder announces the delivery slot",
                "Spedition kündigt das Lieferfenster an",
            ),
            channel="messaging",
            owner="forwarder",
            goal=("Plan to be at home", "Sich den Tag freihalten können"),
            expectation=(
                "A text two days ahead with a two-hour window",
                "Eine SMS zwei Tage vorher mit einem Zwei-Stunden-Fenster",
            ),
            pain_points=(
                "The text arrives the evening before with an eight-hour window",
                "Die SMS kommt am Vorabend mit einem Fenster von acht Stunden",
            ),
            opportunities=(
                "Let customers pick the slot themselves",
                "Kunden das Lieferfenster selbst wählen lassen",
            ),
            emotion=-1,
            importance=4,
            volume=1800,
            targets={"csat": 75},
            proactive=True,
        ),
        TouchpointSpec(
            key="delivery",
            stage="delivery",
            name=("Desk delivered on day 8", "Lieferung an Tag 8"),
            channel="in_person",
            owner="forwarder",
            goal=("Receive the desk undamaged", "Den Tisch unbeschädigt erhalten"),
            expectation=(
                "Delivery within 5-8 days as promised, hoping for day 5",
                "Lieferung wie zugesagt in 5–8 Tagen – erhofft war Tag 5",
            ),
            pain_points=(
                "Delivered within the promise and still late in the customer's eyes: three days "
                "of waiting and asking",
                "Innerhalb der Zusage geliefert und trotzdem gefühlt zu spät – drei Tage Warten "
                "und Nachfragen",
            ),
            opportunities=(
                "Set the expectation at 8-10 days, so day 8 feels fast",
                "Die Erwartung auf 8–10 Tage setzen, dann wirkt Tag 8 schnell",
            ),
            emotion=-1,
            importance=5,
            volume=1800,
            targets={"csat": 85, "nps": 30},
            moment_of_truth=True,
        ),
        TouchpointSpec(
            key="assembly",
            stage="use",
            name=("Assembly with the video guide", "Aufbau mit Videoanleitung"),
            channel="self_service",
            owner="product",
            goal=(
                "Assemble the desk alone in under an hour",
                "Den Tisch allein in unter einer Stunde aufbauen",
            ),
            expectation=(
                "A clear video and every screw in a labelled bag",
                "Ein verständliches Video und alle Schrauben in beschrifteten Beuteln",
            ),
            pain_points=(
                "The video shows an older model with a different motor bracket",
                "Das Video zeigt ein älteres Modell mit anderer Motorhalterung",
            ),
            opportunities=(
                "A QR code on the box linking to the video of exactly this model",
                "Ein QR-Code auf dem Karton, der zum Video genau dieses Modells führt",
            ),
            emotion=1,
            importance=3,
            volume=1600,
            targets={"ces": 6.0},
        ),
        TouchpointSpec(
            key="review-request",
            stage="use",
            name=("Asked for a review", "Bitte um Bewertung"),
            channel="email",
            owner="marketing",
            goal=(
                "Tell other buyers about the experience",
                "Anderen Käufern von der Erfahrung berichten",
            ),
            expectation=(
                "Asked once, a week after delivery, not on the day itself",
                "Einmal gefragt, eine Woche nach der Lieferung – nicht am Liefertag",
            ),
            pain_points=(
                "Reviews talk about the delivery time more than about the desk",
                "In den Bewertungen geht es häufiger um die Lieferzeit als um den Tisch",
            ),
            opportunities=(
                "Reply to every review that mentions the delivery",
                "Auf jede Bewertung antworten, die die Lieferung erwähnt",
            ),
            emotion=0,
            importance=2,
            volume=1550,
            targets={"nps": 30},
            proactive=True,
            exit=True,
        ),
        TouchpointSpec(
            key="return-portal",
            stage="returns",
            name=(
                "Reports damage or returns the desk",
                "Meldet einen Schaden oder schickt den Tisch zurück",
            ),
            channel="self_service",
            owner="logistics",
            goal=(
                "Get a spare part or the money back without hassle",
                "Ohne Aufwand ein Ersatzteil oder das Geld zurückbekommen",
            ),
            expectation=(
                "Return registered online, pickup within 5 days",
                "Retoure online angemeldet, Abholung innerhalb von 5 Tagen",
            ),
            pain_points=(
                "Bulky returns need a phone call to book the forwarder",
                "Sperrige Retouren müssen telefonisch bei der Spedition angemeldet werden",
            ),
            opportunities=(
                "Book the pickup in the returns portal; send single spare parts instead of "
                "taking the whole desk back",
                "Die Abholung direkt im Retourenportal buchen; Ersatzteile einzeln schicken, "
                "statt den ganzen Tisch zurückzunehmen",
            ),
            emotion=-1,
            importance=4,
            volume=200,
            targets={"csat": 70, "ces": 5.5},
            exit=True,
        ),
    ),
    flows=(
        FlowSpec("social-ad", "product-page"),
        FlowSpec("product-page", "checkout"),
        FlowSpec("checkout", "order-confirmation"),
        FlowSpec("order-confirmation", "dispatch-notice"),
        FlowSpec("dispatch-notice", "tracking"),
        FlowSpec("tracking", "delivery-slot", 0.68, ("waits", "wartet ab")),
        FlowSpec(
            "tracking",
            "where-is-my-order",
            0.32,
            ("day 6 and still no date", "Tag 6 und noch kein Termin"),
        ),
        FlowSpec(
            "where-is-my-order",
            "tracking",
            0.83,
            ("checks the tracking again", "schaut erneut in die Sendungsverfolgung"),
        ),
        FlowSpec(
            "where-is-my-order",
            "cancel-order",
            0.17,
            ("cancels and buys elsewhere", "storniert und kauft woanders"),
        ),
        FlowSpec("delivery-slot", "delivery"),
        FlowSpec("delivery", "assembly", 0.89, ("all in order", "alles in Ordnung")),
        FlowSpec(
            "delivery",
            "return-portal",
            0.11,
            ("damaged or incomplete", "beschädigt oder unvollständig"),
        ),
        FlowSpec("assembly", "review-request"),
    ),
    surveys=(
        SurveySpec(
            "checkout",
            "csat",
            {"new": (4, 7, 19, 88, 71), "returning": (2, 3, 8, 41, 37)},
            ORDER_SURVEY,
        ),
        SurveySpec(
            "tracking",
            "ces",
            {"new": (14, 19, 27, 31, 24, 16, 8), "returning": (5, 8, 11, 14, 10, 6, 3)},
            ORDER_SURVEY,
        ),
        SurveySpec("where-is-my-order", "csat", {"": (23, 19, 14, 11, 6)}, ORDER_SURVEY),
        SurveySpec("where-is-my-order", "ces", {"": (18, 16, 13, 10, 8, 5, 3)}, ORDER_SURVEY),
        SurveySpec("delivery-slot", "csat", {"": (12, 17, 21, 33, 14)}, ORDER_SURVEY),
        SurveySpec(
            "delivery",
            "csat",
            {"new": (19, 27, 34, 41, 22), "returning": (7, 9, 12, 17, 9)},
            ORDER_SURVEY,
        ),
        SurveySpec(
            "delivery",
            "nps",
            {
                "new": (7, 5, 8, 10, 12, 16, 19, 24, 18, 14, 10),
                "returning": (2, 2, 3, 4, 5, 6, 7, 9, 7, 6, 3),
            },
            ORDER_SURVEY,
        ),
        SurveySpec("assembly", "ces", {"": (3, 5, 8, 14, 29, 47, 31)}, ORDER_SURVEY),
        SurveySpec(
            "review-request",
            "nps",
            {"": (9, 6, 9, 12, 14, 21, 27, 41, 39, 37, 33)},
            ORDER_SURVEY,
        ),
        SurveySpec("return-portal", "csat", {"": (5, 6, 4, 5, 2)}, ORDER_SURVEY),
    ),
)

ONLINE_ORDER_TO_BE = revise(
    ONLINE_ORDER_AS_IS,
    key="to-be",
    name=("Online order and delivery (to-be)", "Onlinebestellung und Lieferung (Soll)"),
    description=(
        "The same desk, the same forwarder, the same 8 days: only the promise changes. The "
        "shop now promises 8-10 working days and tells customers the exact day proactively. "
        "Delivery on day 8 is now early, and customers are delighted. Figures from a pilot in "
        "one sales region.",
        "Derselbe Tisch, dieselbe Spedition, dieselben 8 Tage – nur das Versprechen ändert "
        "sich. Der Shop sagt jetzt 8–10 Werktage zu und nennt den genauen Tag proaktiv. Die "
        "Lieferung an Tag 8 ist jetzt früher als erwartet, und Kunden sind begeistert. Zahlen "
        "aus einem Pilot in einer Vertriebsregion.",
    ),
    changes={
        "checkout": {
            "name": (
                "Checkout with an honest delivery promise",
                "Checkout mit ehrlicher Lieferzusage",
            ),
            "expectation": (
                "Delivery within 8-10 working days",
                "Lieferung innerhalb von 8–10 Werktagen",
            ),
            "pain_points": (
                "A few customers who need the desk this week drop out at checkout",
                "Einige Kunden, die den Tisch noch diese Woche brauchen, brechen im Checkout ab",
            ),
            "opportunities": (
                "Offer paid express delivery for customers in a hurry",
                "Für Eilige eine kostenpflichtige Expresslieferung anbieten",
            ),
            "notes": (
                "Same process, same 8 days: only the promise has changed.",
                "Gleicher Prozess, gleiche 8 Tage – geändert hat sich nur das Versprechen.",
            ),
        },
        "order-confirmation": {
            "expectation": (
                "Email within minutes: delivery in 8-10 working days, exact day to follow",
                "E-Mail innerhalb von Minuten: Lieferung in 8–10 Werktagen, genauer Tag folgt",
            ),
            "pain_points": (
                "Still no exact day at this point",
                "Zu diesem Zeitpunkt noch kein genauer Tag",
            ),
            "opportunities": (
                "Link to the tracking page right away",
                "Gleich auf die Sendungsverfolgung verlinken",
            ),
        },
        "tracking": {
            "emotion": 0,
            "volume": 2100,
            "pain_points": (
                "Forwarder milestones still arrive with a delay of up to a day",
                "Die Meilensteine der Spedition kommen noch mit bis zu einem Tag Verzug an",
            ),
            "notes": NO_TEXT,
        },
        "where-is-my-order": {
            "emotion": -1,
            "volume": 140,
            "pain_points": (
                "Rare now: mostly customers whose delivery really is late",
                "Selten geworden – meist Kunden, deren Lieferung wirklich verspätet ist",
            ),
            "opportunities": (
                "Give agents the forwarder's live status and authority for a goodwill voucher",
                "Mitarbeitenden den Live-Status der Spedition und die Befugnis für einen "
                "Kulanzgutschein geben",
            ),
        },
        "cancel-order": {"volume": 25},
        "delivery-slot": {
            "emotion": 0,
            "pain_points": (
                "The window is still four hours wide",
                "Das Lieferfenster ist noch immer vier Stunden breit",
            ),
        },
        "delivery": {
            "emotion": 2,
            "expectation": (
                "Delivery within 8-10 working days as promised",
                "Lieferung wie zugesagt in 8–10 Werktagen",
            ),
            "pain_points": (
                "Nothing about the date any more; an occasional scratched tabletop remains",
                "Beim Termin nichts mehr – bleibt die gelegentlich zerkratzte Tischplatte",
            ),
            "opportunities": (
                "Protect the tabletop edges better in the packaging",
                "Die Kanten der Tischplatte in der Verpackung besser schützen",
            ),
        },
    },
    added=(
        (
            "dispatch-notice",
            TouchpointSpec(
                key="status-text",
                stage="waiting",
                name=("Proactive status text on day 4", "Proaktive Status-SMS an Tag 4"),
                channel="messaging",
                owner="logistics",
                goal=(
                    "Know without asking that everything is on track",
                    "Ohne Nachfrage wissen, dass alles nach Plan läuft",
                ),
                expectation=(
                    "A text with the planned delivery day before I start to wonder",
                    "Eine SMS mit dem geplanten Liefertag, bevor ich anfange, mich zu wundern",
                ),
                pain_points=(
                    "Relies on the forwarder sending its planning data on time",
                    "Hängt davon ab, dass die Spedition ihre Planungsdaten rechtzeitig liefert",
                ),
                opportunities=(
                    "Let customers pick their delivery slot straight from the text",
                    "Direkt aus der SMS heraus das Lieferfenster wählen lassen",
                ),
                emotion=1,
                importance=4,
                volume=1850,
                targets={"csat": 80},
                proactive=True,
                moment_of_truth=True,
            ),
        ),
    ),
    flows=(
        FlowSpec("dispatch-notice", "status-text"),
        FlowSpec(
            "status-text",
            "delivery-slot",
            0.65,
            ("waits calmly", "wartet entspannt ab"),
        ),
        FlowSpec(
            "status-text",
            "tracking",
            0.35,
            ("looks up the details", "schaut sich die Details an"),
        ),
        FlowSpec("tracking", "delivery-slot", 0.88, ("waits", "wartet ab")),
        FlowSpec(
            "tracking",
            "where-is-my-order",
            0.12,
            ("delivery really is late", "Lieferung ist tatsächlich verspätet"),
        ),
        FlowSpec(
            "where-is-my-order",
            "tracking",
            0.93,
            ("checks the tracking again", "schaut erneut in die Sendungsverfolgung"),
        ),
        FlowSpec(
            "where-is-my-order",
            "cancel-order",
            0.07,
            ("cancels and buys elsewhere", "storniert und kauft woanders"),
        ),
    ),
    dropped_flows={("dispatch-notice", "tracking")},
    surveys=(
        SurveySpec(
            "checkout",
            "csat",
            {"new": (5, 8, 21, 83, 58), "returning": (1, 2, 7, 35, 29)},
            ORDER_PILOT,
        ),
        SurveySpec(
            "status-text",
            "csat",
            {"new": (2, 3, 9, 71, 77), "returning": (1, 1, 4, 29, 34)},
            ORDER_PILOT,
        ),
        SurveySpec("tracking", "ces", {"": (2, 3, 5, 9, 21, 33, 23)}, ORDER_PILOT),
        SurveySpec("where-is-my-order", "csat", {"": (4, 4, 3, 5, 2)}, ORDER_PILOT),
        SurveySpec("delivery-slot", "csat", {"": (6, 9, 14, 38, 22)}, ORDER_PILOT),
        SurveySpec(
            "delivery",
            "csat",
            {"new": (1, 2, 6, 52, 98), "returning": (0, 1, 3, 19, 38)},
            ORDER_PILOT,
        ),
        SurveySpec(
            "delivery",
            "nps",
            {
                "new": (1, 0, 1, 2, 2, 4, 6, 17, 23, 47, 53),
                "returning": (0, 0, 1, 0, 1, 2, 2, 6, 9, 19, 21),
            },
            ORDER_PILOT,
        ),
        SurveySpec("assembly", "ces", {"": (3, 4, 9, 15, 27, 45, 32)}, ORDER_PILOT),
        SurveySpec(
            "review-request",
            "nps",
            {"": (3, 2, 3, 5, 6, 9, 12, 31, 36, 41, 37)},
            ORDER_PILOT,
        ),
        SurveySpec("return-portal", "csat", {"": (4, 5, 5, 4, 3)}, ORDER_PILOT),
    ),
)

ONLINE_ORDER = SampleSpec(
    name="online-order",
    personas=(
        PersonaSpec(
            "jonas",
            ("Jonas, furnishing his home office", "Jonas, richtet sein Homeoffice ein"),
            (
                "34, product designer, furnishing a home office after switching to remote "
                "work. Orders a height-adjustable desk online, compares delivery promises as "
                "closely as prices and plans his week around the delivery: he has to be at home "
                "for the freight forwarder.",
                "34 Jahre, Produktdesigner, richtet nach dem Wechsel ins Homeoffice sein "
                "Arbeitszimmer ein. Bestellt einen höhenverstellbaren Schreibtisch online, "
                "vergleicht Lieferzusagen so genau wie Preise und plant seine Woche um den "
                "Liefertermin – für die Spedition muss er zu Hause sein.",
            ),
        ),
    ),
    journeys=(ONLINE_ORDER_AS_IS, ONLINE_ORDER_TO_BE),
)

# ---- 3. cancellation: a retention call that pushes too hard, and a graceful exit --------

EXIT_SURVEY = Source(("Exit survey Q2 2026", "Kündigerbefragung Q2 2026"), "2026-06-26")
EXIT_PILOT = Source(("Exit survey pilot Q3 2026", "Kündigerbefragung Pilot Q3 2026"), "2026-09-25")

CANCELLATION_AS_IS = JourneySpec(
    key="as-is",
    name=("Contract cancellation (as-is)", "Vertragskündigung (Ist)"),
    description=(
        "A long-standing customer cancels internet, landline and TV. Every cancellation is "
        "routed to a retention team paid per saved contract, whose calls drag on and push "
        "offer after offer. Many customers give up on the phone and send a registered letter; "
        "confirmation, final bill and equipment return then disappoint again.",
        "Ein langjähriger Kunde kündigt Internet, Festnetz und TV. Jede Kündigung landet bei "
        "einem Kundenbindungsteam, das pro gehaltenem Vertrag bezahlt wird – die Gespräche "
        "ziehen sich, ein Angebot jagt das nächste. Viele geben am Telefon auf und kündigen per "
        "Einschreiben; Bestätigung, Schlussrechnung und Geräterückgabe enttäuschen danach "
        "erneut.",
    ),
    persona="thomas",
    state="as-is",
    stages=(
        StageSpec(
            "decision",
            ("Decision to leave", "Wechselentscheidung"),
            (
                "What makes the customer look elsewhere, and how to cancel.",
                "Was den Kunden zum Wechsel bewegt und wie er kündigt.",
            ),
        ),
        StageSpec(
            "cancellation",
            ("Cancellation", "Kündigung"),
            (
                "The cancellation request and the conversation around it.",
                "Die Kündigung und das Gespräch darum herum.",
            ),
        ),
        StageSpec(
            "contract-end",
            ("Contract end", "Vertragsende"),
            ("Confirmation and final bill.", "Bestätigung und Schlussrechnung."),
        ),
        StageSpec(
            "equipment",
            ("Equipment return", "Geräterückgabe"),
            ("Sending back router and TV box.", "Rücksendung von Router und TV-Box."),
        ),
        StageSpec(
            "after",
            ("After the contract", "Nach dem Vertrag"),
            (
                "Former customers still form opinions, tell others and may come back.",
                "Auch ehemalige Kunden bilden sich eine Meinung, erzählen davon und kommen "
                "vielleicht zurück.",
            ),
        ),
    ),
    touchpoints=(
        TouchpointSpec(
            key="price-letter",
            stage="decision",
            name=("Price increase letter", "Schreiben zur Preiserhöhung"),
            channel="letter",
            owner="billing",
            goal=("Understand what changes and why", "Verstehen, was sich ändert und warum"),
            expectation=(
                "A plain explanation and a fair alternative tariff",
                "Eine verständliche Begründung und ein fairer Alternativtarif",
            ),
            pain_points=(
                "Legal wording; the cheaper tariff that new customers get is not mentioned",
                "Juristische Formulierungen; der günstigere Tarif, den Neukunden bekommen, wird "
                "nicht erwähnt",
            ),
            opportunities=(
                "Offer the best-fitting current tariff in the same letter",
                "Im selben Schreiben den passendsten aktuellen Tarif anbieten",
            ),
            emotion=-1,
            importance=3,
            volume=2300,
            targets={"csat": 60},
            proactive=True,
            entry=True,
        ),
        TouchpointSpec(
            key="cancel-online",
            stage="decision",
            name=("Looks up how to cancel", "Sucht, wie man kündigt"),
            channel="self_service",
            owner="digital",
            goal=("Cancel online in a few minutes", "In wenigen Minuten online kündigen"),
            expectation=(
                "A visible cancellation button, as the law requires",
                "Einen sichtbaren Kündigungsbutton, wie gesetzlich vorgeschrieben",
            ),
            pain_points=(
                "The button only opens a callback form for the retention team",
                "Der Button öffnet nur ein Rückrufformular für das Kundenbindungsteam",
            ),
            opportunities=(
                "Complete the cancellation online; offer a conversation only as an option",
                "Die Kündigung online vollständig abschließen; ein Gespräch nur als Option "
                "anbieten",
            ),
            emotion=-1,
            importance=4,
            volume=1900,
            targets={"ces": 5.5},
            entry=True,
            notes=(
                "In Germany, § 312k BGB requires a cancellation button for contracts concluded "
                "online.",
                "Nach § 312k BGB ist für online geschlossene Verträge ein Kündigungsbutton "
                "Pflicht.",
            ),
        ),
        TouchpointSpec(
            key="cancel-hotline",
            stage="cancellation",
            name=("Calls to cancel", "Ruft zur Kündigung an"),
            channel="phone",
            owner="service",
            goal=(
                "Hand in the cancellation and hear the end date",
                "Die Kündigung abgeben und das Vertragsende genannt bekommen",
            ),
            expectation=(
                "Cancellation taken in one call of under 10 minutes",
                "Kündigung in einem Anruf von unter 10 Minuten aufgenommen",
            ),
            pain_points=(
                "Agents may not take cancellations; every call is transferred to retention",
                "Mitarbeitende dürfen keine Kündigungen annehmen; jeder Anruf wird an die "
                "Kundenbindung weitergeleitet",
            ),
            opportunities=(
                "Let first-level agents take the cancellation themselves",
                "Den First Level Kündigungen selbst annehmen lassen",
            ),
            emotion=-1,
            importance=4,
            volume=1700,
            targets={"ces": 5.0},
        ),
        TouchpointSpec(
            key="retention-call",
            stage="cancellation",
            name=("Retention call", "Rückgewinnungsgespräch"),
            channel="phone",
            owner="retention",
            goal=("Leave, politely and quickly", "Höflich und zügig gehen"),
            expectation=(
                "One offer at most, and a clear result when I say no",
                "Höchstens ein Angebot – und ein klares Ergebnis, wenn ich ablehne",
            ),
            pain_points=(
                "Agents are paid per saved contract: they ask for the reason again and again "
                "and stack offer on offer; calls last 20 minutes",
                "Die Mitarbeitenden werden pro gehaltenem Vertrag bezahlt: Sie fragen immer "
                "wieder nach dem Grund und legen Angebot auf Angebot; Gespräche dauern 20 "
                "Minuten",
            ),
            opportunities=(
                "Ask once, offer once, accept the answer; reward good goodbyes, not only saves",
                "Einmal fragen, einmal anbieten, die Antwort akzeptieren; gute Abschiede "
                "honorieren, nicht nur gehaltene Verträge",
            ),
            emotion=-2,
            importance=5,
            volume=1650,
            targets={"csat": 60, "nps": 0},
            moment_of_truth=True,
            notes=(
                "Customer centricity also means letting customers go who, after asking more "
                "than once, show no interest in the offer.",
                "Kundenzentrierung heißt auch, Kunden gehen zu lassen, die nach mehrmaliger "
                "Nachfrage kein Interesse am Angebot zeigen.",
            ),
        ),
        TouchpointSpec(
            key="cancel-letter",
            stage="cancellation",
            name=("Cancels by registered letter", "Kündigt per Einschreiben"),
            channel="letter",
            owner="back-office",
            goal=("Have proof that I cancelled", "Einen Nachweis über die Kündigung haben"),
            expectation=(
                "Confirmation within a week",
                "Bestätigung innerhalb einer Woche",
            ),
            pain_points=(
                "Letters are scanned and only processed after 2-3 weeks",
                "Briefe werden eingescannt und erst nach 2–3 Wochen bearbeitet",
            ),
            opportunities=(
                "Process cancellation letters within 48 hours",
                "Kündigungsschreiben innerhalb von 48 Stunden bearbeiten",
            ),
            emotion=-1,
            importance=4,
            volume=520,
            targets={"csat": 60},
        ),
        TouchpointSpec(
            key="stays-for-discount",
            stage="cancellation",
            name=("Stays for a discount", "Bleibt wegen eines Rabatts"),
            channel="email",
            owner="retention",
            goal=("Finally end the call", "Das Gespräch endlich beenden"),
            expectation=(
                "The discount applies from the next bill",
                "Der Rabatt gilt ab der nächsten Rechnung",
            ),
            pain_points=(
                "Customers stay reluctantly and cancel again at the next opportunity; the save "
                "rate hides this",
                "Kunden bleiben widerwillig und kündigen bei nächster Gelegenheit erneut – die "
                "Haltequote verschleiert das",
            ),
            opportunities=(
                "Count a save only if the customer is still there after 12 months",
                "Eine Rückgewinnung erst zählen, wenn der Kunde nach 12 Monaten noch da ist",
            ),
            emotion=-1,
            importance=3,
            volume=230,
            targets={"nps": 0},
            exit=True,
        ),
        TouchpointSpec(
            key="confirmation",
            stage="contract-end",
            name=("Cancellation confirmation", "Kündigungsbestätigung"),
            channel="letter",
            owner="back-office",
            goal=("Know the exact end date", "Das genaue Vertragsende kennen"),
            expectation=(
                "Written confirmation within 3 days, with the end date",
                "Schriftliche Bestätigung innerhalb von 3 Tagen mit dem Vertragsende",
            ),
            pain_points=(
                "Arrives after three weeks and says nothing about the equipment",
                "Kommt nach drei Wochen und sagt nichts zu den Geräten",
            ),
            opportunities=(
                "Confirm immediately, with the end date and how to return the equipment",
                "Sofort bestätigen, mit Vertragsende und Anleitung zur Geräterückgabe",
            ),
            emotion=-1,
            importance=5,
            volume=1420,
            targets={"csat": 75},
            proactive=True,
            moment_of_truth=True,
        ),
        TouchpointSpec(
            key="final-bill",
            stage="contract-end",
            name=("Final bill", "Schlussrechnung"),
            channel="letter",
            owner="billing",
            goal=(
                "Pay for the last month and not a day more",
                "Den letzten Monat zahlen und keinen Tag mehr",
            ),
            expectation=(
                "Pro rata to the end date, credit balance refunded",
                "Anteilig bis zum Vertragsende, Guthaben erstattet",
            ),
            pain_points=(
                "Charges a full month; the credit balance is refunded only after 8 weeks",
                "Berechnet einen vollen Monat; das Guthaben wird erst nach 8 Wochen erstattet",
            ),
            opportunities=(
                "Bill to the day and refund with the final bill",
                "Tagesgenau abrechnen und das Guthaben mit der Schlussrechnung erstatten",
            ),
            emotion=-1,
            importance=4,
            volume=1380,
            targets={"csat": 70},
            proactive=True,
        ),
        TouchpointSpec(
            key="equipment-return",
            stage="equipment",
            name=("Returns router and TV box", "Schickt Router und TV-Box zurück"),
            channel="other",
            channel_other=("Parcel", "Paket"),
            owner="logistics",
            goal=(
                "Send the devices back at no cost or risk",
                "Die Geräte ohne Kosten und Risiko zurückschicken",
            ),
            expectation=(
                "A prepaid label and a confirmation of receipt",
                "Ein frankiertes Etikett und eine Eingangsbestätigung",
            ),
            pain_points=(
                "Customers pay the postage and never hear that the parcel arrived",
                "Kunden zahlen das Porto selbst und erfahren nie, ob das Paket angekommen ist",
            ),
            opportunities=(
                "Prepaid return label with the confirmation, receipt confirmed by text",
                "Frankiertes Rücksendeetikett mit der Bestätigung, Eingang per SMS bestätigt",
            ),
            emotion=-1,
            importance=3,
            volume=1350,
            targets={"ces": 5.5},
        ),
        TouchpointSpec(
            key="fee-reminder",
            stage="equipment",
            name=("Reminder: equipment fee", "Mahnung: Gerätegebühr"),
            channel="letter",
            owner="billing",
            goal=("Clear up the mistake", "Den Fehler aus der Welt schaffen"),
            expectation=(
                "No reminder for equipment I returned long ago",
                "Keine Mahnung für Geräte, die ich längst zurückgeschickt habe",
            ),
            pain_points=(
                "Returns are booked late: 180 € charged for a router that is already in the "
                "warehouse",
                "Rücksendungen werden spät verbucht: 180 € für einen Router, der längst im "
                "Lager liegt",
            ),
            opportunities=(
                "Check the warehouse receipt before any reminder is sent",
                "Vor jeder Mahnung den Wareneingang im Lager prüfen",
            ),
            emotion=-2,
            importance=4,
            volume=310,
            targets={"csat": 50},
            proactive=True,
        ),
        TouchpointSpec(
            key="win-back-mail",
            stage="after",
            name=("Win-back mailings", "Rückgewinnungs-Mails"),
            channel="email",
            owner="marketing",
            goal=(
                "Hear about a truly better offer, if there ever is one",
                "Von einem wirklich besseren Angebot hören, falls es je eines gibt",
            ),
            expectation=(
                "At most one relevant offer after a few months",
                "Höchstens ein passendes Angebot nach einigen Monaten",
            ),
            pain_points=(
                "Weekly generic newsletters start the day after the contract ends",
                "Ab dem Tag nach Vertragsende kommen wöchentlich allgemeine Newsletter",
            ),
            opportunities=(
                "One friendly goodbye now, one tailored offer in six months",
                "Jetzt ein freundlicher Abschied, in sechs Monaten ein passendes Angebot",
            ),
            emotion=-1,
            importance=2,
            volume=1250,
            targets={"nps": 0},
            proactive=True,
            exit=True,
        ),
        TouchpointSpec(
            key="public-review",
            stage="after",
            name=("Posts a review", "Schreibt eine Bewertung"),
            channel="social_media",
            owner="social",
            goal=("Warn others and let off steam", "Andere warnen und Dampf ablassen"),
            expectation=(
                "A reply that takes the complaint seriously",
                "Eine Antwort, die die Beschwerde ernst nimmt",
            ),
            pain_points=(
                "Reviews about the retention call rank above the company's own pages",
                "Bewertungen über das Rückgewinnungsgespräch stehen in der Suche über den "
                "eigenen Seiten",
            ),
            opportunities=(
                "Reply personally and fix the underlying case",
                "Persönlich antworten und den zugrunde liegenden Fall lösen",
            ),
            emotion=-2,
            importance=3,
            volume=170,
            targets={"csat": 50},
            exit=True,
        ),
    ),
    flows=(
        FlowSpec("price-letter", "cancel-hotline", 0.55, ("calls straight away", "ruft gleich an")),
        FlowSpec(
            "price-letter",
            "cancel-online",
            0.45,
            ("looks for the cancellation button", "sucht den Kündigungsbutton"),
        ),
        FlowSpec(
            "cancel-online",
            "cancel-hotline",
            0.78,
            ("button only books a callback", "Button führt nur zum Rückruf"),
        ),
        FlowSpec(
            "cancel-online",
            "cancel-letter",
            0.22,
            ("writes a letter instead", "schreibt lieber einen Brief"),
        ),
        FlowSpec(
            "cancel-hotline",
            "retention-call",
            label=("transferred", "wird weitergeleitet"),
        ),
        FlowSpec(
            "retention-call",
            "stays-for-discount",
            0.14,
            ("gives in to an offer", "lässt sich auf ein Angebot ein"),
        ),
        FlowSpec(
            "retention-call",
            "cancel-hotline",
            0.27,
            ("calls again, hoping for someone else", "ruft erneut an und hofft auf jemand anderen"),
        ),
        FlowSpec(
            "retention-call",
            "cancel-letter",
            0.34,
            ("gives up and writes", "gibt auf und schreibt"),
        ),
        FlowSpec(
            "retention-call",
            "confirmation",
            0.25,
            ("cancellation finally accepted", "Kündigung endlich angenommen"),
        ),
        FlowSpec("cancel-letter", "confirmation"),
        FlowSpec("confirmation", "final-bill"),
        FlowSpec("final-bill", "equipment-return"),
        FlowSpec(
            "equipment-return",
            "win-back-mail",
            0.77,
            ("return booked", "Rückgabe verbucht"),
        ),
        FlowSpec(
            "equipment-return",
            "fee-reminder",
            0.23,
            ("return not booked", "Rückgabe nicht verbucht"),
        ),
        FlowSpec(
            "fee-reminder",
            "equipment-return",
            0.6,
            ("proves the return again", "weist die Rücksendung erneut nach"),
        ),
        FlowSpec(
            "fee-reminder",
            "public-review",
            0.4,
            ("complains publicly", "beschwert sich öffentlich"),
        ),
    ),
    surveys=(
        SurveySpec(
            "cancel-online",
            "ces",
            {
                "long-standing": (21, 24, 19, 13, 8, 5, 3),
                "recent": (14, 15, 13, 12, 9, 7, 4),
            },
            EXIT_SURVEY,
        ),
        SurveySpec(
            "retention-call",
            "csat",
            {"long-standing": (61, 34, 17, 9, 4), "recent": (38, 27, 19, 12, 6)},
            EXIT_SURVEY,
        ),
        SurveySpec(
            "retention-call",
            "nps",
            {
                "long-standing": (31, 18, 14, 12, 9, 7, 11, 8, 5, 3, 2),
                "recent": (22, 13, 11, 10, 8, 9, 10, 7, 6, 4, 2),
            },
            EXIT_SURVEY,
        ),
        SurveySpec("cancel-hotline", "ces", {"": (19, 18, 15, 12, 9, 6, 3)}, EXIT_SURVEY),
        SurveySpec("cancel-letter", "csat", {"": (7, 9, 8, 9, 4)}, EXIT_SURVEY),
        SurveySpec(
            "stays-for-discount",
            "nps",
            {"": (4, 3, 3, 2, 2, 3, 2, 2, 1, 1, 0)},
            EXIT_SURVEY,
        ),
        SurveySpec(
            "confirmation",
            "csat",
            {"long-standing": (14, 17, 15, 16, 6), "recent": (10, 14, 13, 13, 5)},
            EXIT_SURVEY,
        ),
        SurveySpec("final-bill", "csat", {"": (29, 26, 21, 24, 9)}, EXIT_SURVEY),
        SurveySpec("equipment-return", "ces", {"": (18, 17, 16, 14, 11, 8, 4)}, EXIT_SURVEY),
        SurveySpec("fee-reminder", "csat", {"": (14, 6, 3, 1, 0)}, EXIT_SURVEY),
        SurveySpec(
            "win-back-mail",
            "nps",
            {
                "long-standing": (24, 15, 13, 11, 9, 12, 10, 9, 6, 4, 3),
                "recent": (17, 11, 9, 8, 8, 9, 8, 8, 6, 5, 3),
            },
            EXIT_SURVEY,
        ),
    ),
)

CANCELLATION_TO_BE = revise(
    CANCELLATION_AS_IS,
    key="to-be",
    name=("Contract cancellation (to-be)", "Vertragskündigung (Soll)"),
    description=(
        "The company lets the customer go gracefully: cancellation online in two minutes or "
        "in one short call with one question and one offer, an instant confirmation with the "
        "end date and a prepaid return label, and a farewell that leaves the door open. "
        "Former customers still form opinions, so the exit is designed as carefully as the "
        "welcome. Figures from a three-month pilot.",
        "Das Unternehmen lässt Kunden mit Anstand gehen: Kündigung online in zwei Minuten oder "
        "in einem kurzen Gespräch mit einer Frage und einem Angebot, sofortige Bestätigung mit "
        "Vertragsende und frankiertem Rücksendeetikett und ein Abschied, der die Tür offen "
        "lässt. Auch ehemalige Kunden bilden sich eine Meinung – deshalb wird der Abschied so "
        "sorgfältig gestaltet wie die Begrüßung. Zahlen aus einem dreimonatigen Pilot.",
    ),
    changes={
        "price-letter": {
            "pain_points": (
                "Some customers still read the letter as a reason to leave",
                "Manche Kunden lesen das Schreiben trotzdem als Anlass zum Wechsel",
            ),
            "opportunities": (
                "Name the cheaper current tariff and switch with one click",
                "Den günstigeren aktuellen Tarif nennen und per Klick wechseln lassen",
            ),
            "emotion": 0,
            "volume": 2100,
        },
        "cancel-online": {
            "name": ("Cancels online", "Kündigt online"),
            "pain_points": (
                "A few customers miss the option of talking to someone",
                "Einzelne Kunden vermissen die Möglichkeit, mit jemandem zu sprechen",
            ),
            "opportunities": (
                "Offer a callback as an option, never as a gate",
                "Einen Rückruf als Option anbieten, nie als Hürde",
            ),
            "emotion": 1,
            "volume": 1300,
        },
        "cancel-hotline": {
            "pain_points": (
                "Some agents still read out the whole offer script",
                "Einige Mitarbeitende lesen noch das komplette Angebotsskript vor",
            ),
            "opportunities": (
                "Coach the one-question conversation in team huddles",
                "Das Gespräch mit nur einer Frage in Teamrunden gezielt trainieren",
            ),
            "emotion": 0,
            "volume": 700,
        },
        "retention-call": {
            "name": (
                "Exit conversation: one question, one offer",
                "Abschiedsgespräch: eine Frage, ein Angebot",
            ),
            "pain_points": (
                "The single offer does not always match the reason given",
                "Das eine Angebot passt nicht immer zum genannten Grund",
            ),
            "opportunities": (
                "Tailor the offer to the reason and pass the reasons on to product management",
                "Das Angebot auf den Grund zuschneiden und die Gründe an das Produktmanagement "
                "weitergeben",
            ),
            "emotion": 0,
            "volume": 650,
            "notes": (
                "Agents are now measured on the exit survey, not on the save rate.",
                "Gemessen werden die Mitarbeitenden jetzt an der Kündigerbefragung, nicht an "
                "der Haltequote.",
            ),
        },
        "cancel-letter": {"volume": 90, "emotion": 0},
        "stays-for-discount": {
            "name": ("Stays with a fitting offer", "Bleibt mit einem passenden Angebot"),
            "goal": (
                "Keep the service at a price that fits",
                "Den Dienst zu einem passenden Preis behalten",
            ),
            "pain_points": (
                "Fewer saves than before, but they last",
                "Weniger Rückgewinnungen als früher, dafür halten sie",
            ),
            "emotion": 1,
            "volume": 110,
        },
        "confirmation": {
            "name": (
                "Instant confirmation with all next steps",
                "Sofortige Bestätigung mit allen nächsten Schritten",
            ),
            "channel": "email",
            "pain_points": (
                "The email sometimes lands in the spam folder",
                "Die E-Mail landet manchmal im Spam-Ordner",
            ),
            "opportunities": (
                "Also show the confirmation in the customer account",
                "Die Bestätigung zusätzlich im Kundenkonto anzeigen",
            ),
            "emotion": 1,
        },
        "final-bill": {
            "pain_points": (
                "Billed to the day now, but the credit refund still takes 4 weeks",
                "Jetzt tagesgenau abgerechnet, doch die Erstattung des Guthabens dauert noch "
                "4 Wochen",
            ),
            "emotion": 0,
        },
        "equipment-return": {
            "name": (
                "Drops router and TV box at a parcel shop",
                "Gibt Router und TV-Box im Paketshop ab",
            ),
            "pain_points": (
                "The label comes as a PDF: customers without a printer struggle",
                "Das Etikett kommt als PDF – ohne Drucker wird es schwierig",
            ),
            "opportunities": (
                "A QR code the parcel shop scans, no printing needed",
                "Ein QR-Code, den der Paketshop scannt – ganz ohne Drucken",
            ),
            "emotion": 1,
        },
        "win-back-mail": {
            "name": (
                "Farewell mail with the door left open",
                "Abschiedsmail mit offener Tür",
            ),
            "goal": (
                "Leave on good terms, with a way back",
                "Im Guten gehen – mit einem Weg zurück",
            ),
            "expectation": (
                "A friendly goodbye: settings kept for six months, no setup fee if I come back",
                "Ein freundlicher Abschied: Einstellungen bleiben sechs Monate gespeichert, "
                "bei Rückkehr keine Anschlussgebühr",
            ),
            "pain_points": (
                "The come-back offer after six months is not yet personalised",
                "Das Rückkehrangebot nach sechs Monaten ist noch nicht personalisiert",
            ),
            "opportunities": (
                "Base the come-back offer on the reason given in the exit conversation",
                "Das Rückkehrangebot auf den Grund aus dem Abschiedsgespräch stützen",
            ),
            "emotion": 1,
        },
        "public-review": {
            "pain_points": (
                "Fewer reviews, and they are mostly about the credit refund",
                "Weniger Bewertungen, und die drehen sich vor allem um die Guthabenerstattung",
            ),
            "emotion": -1,
            "volume": 40,
        },
    },
    removed={"fee-reminder"},
    added=(
        (
            "equipment-return",
            TouchpointSpec(
                key="receipt-text",
                stage="equipment",
                name=("Receipt confirmed by text", "Eingangsbestätigung per SMS"),
                channel="messaging",
                owner="logistics",
                goal=(
                    "Be sure that nothing more is owed",
                    "Sicher sein, dass nichts mehr offen ist",
                ),
                expectation=(
                    "A text within 3 days of the parcel arriving",
                    "Eine SMS innerhalb von 3 Tagen nach Eingang des Pakets",
                ),
                pain_points=(
                    "Missing accessories (remote control, cables) are not listed",
                    "Fehlendes Zubehör (Fernbedienung, Kabel) wird nicht aufgeführt",
                ),
                opportunities=(
                    "List what arrived and what is still missing",
                    "Auflisten, was angekommen ist und was noch fehlt",
                ),
                emotion=1,
                importance=3,
                volume=1280,
                targets={"csat": 85},
                proactive=True,
            ),
        ),
    ),
    flows=(
        FlowSpec("price-letter", "cancel-hotline", 0.3, ("calls straight away", "ruft gleich an")),
        FlowSpec(
            "price-letter",
            "cancel-online",
            0.7,
            ("uses the cancellation button", "nutzt den Kündigungsbutton"),
        ),
        FlowSpec(
            "cancel-online",
            "confirmation",
            0.88,
            ("cancels online", "kündigt online"),
        ),
        FlowSpec(
            "cancel-online",
            "cancel-hotline",
            0.08,
            ("prefers to talk to someone", "möchte lieber mit jemandem sprechen"),
        ),
        FlowSpec(
            "cancel-online",
            "cancel-letter",
            0.04,
            ("writes a letter all the same", "schreibt trotzdem einen Brief"),
        ),
        FlowSpec(
            "cancel-hotline",
            "retention-call",
            label=("one question, one offer", "eine Frage, ein Angebot"),
        ),
        FlowSpec(
            "retention-call",
            "stays-for-discount",
            0.09,
            ("accepts the offer", "nimmt das Angebot an"),
        ),
        FlowSpec(
            "retention-call",
            "confirmation",
            0.91,
            ("cancellation accepted", "Kündigung angenommen"),
        ),
        FlowSpec(
            "confirmation",
            "final-bill",
            0.94,
            ("trusts the confirmation", "verlässt sich auf die Bestätigung"),
        ),
        FlowSpec(
            "confirmation",
            "cancel-hotline",
            0.06,
            ("calls again to make sure", "ruft zur Sicherheit noch einmal an"),
        ),
        FlowSpec(
            "final-bill",
            "equipment-return",
            0.97,
            ("bill is correct", "Rechnung stimmt"),
        ),
        FlowSpec(
            "final-bill",
            "public-review",
            0.03,
            ("complains about the slow refund", "beschwert sich über die langsame Erstattung"),
        ),
        FlowSpec("equipment-return", "receipt-text"),
        FlowSpec("receipt-text", "win-back-mail"),
    ),
    dropped_flows={
        ("retention-call", "cancel-hotline"),
        ("retention-call", "cancel-letter"),
        ("equipment-return", "win-back-mail"),
    },
    surveys=(
        SurveySpec("cancel-online", "ces", {"": (1, 2, 3, 6, 14, 28, 23)}, EXIT_PILOT),
        SurveySpec(
            "retention-call",
            "csat",
            {"long-standing": (2, 3, 8, 24, 21), "recent": (1, 2, 5, 11, 9)},
            EXIT_PILOT,
        ),
        SurveySpec(
            "retention-call",
            "nps",
            {
                "long-standing": (2, 1, 1, 2, 2, 4, 5, 11, 12, 10, 8),
                "recent": (1, 1, 1, 1, 2, 2, 3, 5, 6, 4, 2),
            },
            EXIT_PILOT,
        ),
        SurveySpec("cancel-hotline", "ces", {"": (2, 3, 4, 6, 9, 11, 7)}, EXIT_PILOT),
        SurveySpec(
            "stays-for-discount",
            "nps",
            {"": (1, 0, 1, 1, 1, 2, 2, 4, 3, 3, 2)},
            EXIT_PILOT,
        ),
        SurveySpec(
            "confirmation",
            "csat",
            {"long-standing": (1, 1, 3, 18, 21), "recent": (0, 1, 1, 13, 17)},
            EXIT_PILOT,
        ),
        SurveySpec("final-bill", "csat", {"": (4, 6, 9, 23, 12)}, EXIT_PILOT),
        SurveySpec("equipment-return", "ces", {"": (2, 2, 4, 7, 12, 19, 13)}, EXIT_PILOT),
        SurveySpec("receipt-text", "csat", {"": (0, 1, 2, 17, 27)}, EXIT_PILOT),
        SurveySpec(
            "win-back-mail",
            "nps",
            {
                "long-standing": (1, 1, 1, 2, 1, 3, 4, 7, 6, 5, 4),
                "recent": (1, 0, 1, 1, 1, 3, 3, 6, 5, 4, 3),
            },
            EXIT_PILOT,
        ),
    ),
)

CANCELLATION = SampleSpec(
    name="cancellation",
    personas=(
        PersonaSpec(
            "thomas",
            ("Thomas, long-standing customer on the move", "Thomas, langjähriger Kunde, zieht um"),
            (
                "58, customer for nine years (internet, landline and TV). Moves into a smaller "
                "flat where a cheaper fibre provider is available and wants to leave without a "
                "fight: a clear end date, a correct final bill and an easy way to return the "
                "router and the TV box. Tells friends and neighbours how he was treated.",
                "58 Jahre, seit neun Jahren Kunde (Internet, Festnetz und TV). Zieht in eine "
                "kleinere Wohnung, in der ein günstigerer Glasfaseranbieter verfügbar ist, und "
                "möchte ohne Kampf gehen: ein klares Vertragsende, eine korrekte "
                "Schlussrechnung und eine einfache Rückgabe von Router und TV-Box. Erzählt "
                "Freunden und Nachbarn, wie man mit ihm umgegangen ist.",
            ),
        ),
    ),
    journeys=(CANCELLATION_AS_IS, CANCELLATION_TO_BE),
)

# ---- 4. omnichannel-support: one problem, seven channels, CSAT, NPS and CES -------------

CONTACT_SURVEY = Source(("Post-contact survey Q3 2026", "Kontaktbefragung Q3 2026"), "2026-09-30")

OMNICHANNEL_JOURNEY = JourneySpec(
    key="as-is",
    name=(
        "Omnichannel support: hub offline after an update",
        "Omnikanal-Support: Hub nach Update offline",
    ),
    description=(
        "After an app update, the smart-home hub of some customers loses the connection to "
        "its thermostats. Customers look for help on every channel: help centre, community "
        "forum, chatbot, live chat, hotline and social media. The map shows where the "
        "channels hand over to each other, where customers have to start from scratch, and "
        "how satisfaction (CSAT), recommendation (NPS) and effort (CES) differ by channel and "
        "age group.",
        "Nach einem App-Update verliert bei einem Teil der Kunden der Smart-Home-Hub die "
        "Verbindung zu den Thermostaten. Kunden suchen auf allen Kanälen Hilfe: Hilfecenter, "
        "Community-Forum, Chatbot, Live-Chat, Hotline und soziale Medien. Die Karte zeigt, wo "
        "die Kanäle aneinander übergeben, wo Kunden wieder bei null anfangen müssen und wie "
        "sich Zufriedenheit (CSAT), Weiterempfehlung (NPS) und Aufwand (CES) je Kanal und "
        "Altersgruppe unterscheiden.",
    ),
    persona="mia",
    state="as-is",
    stages=(
        StageSpec(
            "problem",
            ("Problem occurs", "Problem tritt auf"),
            (
                "The customer notices that something is wrong.",
                "Der Kunde merkt, dass etwas nicht stimmt.",
            ),
        ),
        StageSpec(
            "self-help",
            ("Self-help", "Selbsthilfe"),
            (
                "Help centre and community, without talking to the company.",
                "Hilfecenter und Community – ohne mit dem Unternehmen zu sprechen.",
            ),
        ),
        StageSpec(
            "contact",
            ("Contact with service", "Kontakt mit dem Service"),
            (
                "Chatbot, live chat, hotline and social media.",
                "Chatbot, Live-Chat, Hotline und soziale Medien.",
            ),
        ),
        StageSpec(
            "resolution",
            ("Resolution", "Lösung"),
            (
                "Second-level support and device replacement.",
                "2nd-Level-Support und Geräteaustausch.",
            ),
        ),
        StageSpec(
            "follow-up",
            ("Follow-up", "Nachbetreuung"),
            (
                "Survey, closing the loop with detractors, and churn.",
                "Befragung, Rückruf bei Kritikern und Abwanderung.",
            ),
        ),
    ),
    touchpoints=(
        TouchpointSpec(
            key="app-error",
            stage="problem",
            name=("Error message in the app", "Fehlermeldung in der App"),
            channel="app",
            owner="app-dev",
            goal=(
                "Understand why the heating no longer responds",
                "Verstehen, warum die Heizung nicht mehr reagiert",
            ),
            expectation=(
                "A message that says what happened and what to do next",
                "Eine Meldung, die sagt, was passiert ist und was als Nächstes zu tun ist",
            ),
            pain_points=(
                "Shows only 'Error 0x3F – hub not reachable'",
                "Zeigt nur „Fehler 0x3F – Hub nicht erreichbar“",
            ),
            opportunities=(
                "A plain-language message with a link to the matching help article",
                "Eine verständliche Meldung mit Link zum passenden Hilfeartikel",
            ),
            emotion=-1,
            importance=4,
            volume=5400,
            targets={"ces": 4.5},
            moment_of_truth=True,
            entry=True,
        ),
        TouchpointSpec(
            key="push-notice",
            stage="problem",
            name=("Push notice about the known issue", "Push-Hinweis zur bekannten Störung"),
            channel="app",
            owner="digital",
            goal=(
                "Know it is not my fault before I start searching",
                "Wissen, dass es nicht an mir liegt, bevor ich anfange zu suchen",
            ),
            expectation=(
                "Told within an hour of the company knowing, with a workaround",
                "Innerhalb einer Stunde informiert, sobald das Unternehmen Bescheid weiß – mit "
                "Übergangslösung",
            ),
            pain_points=(
                "Sent only to customers on the newest app version; most never see it",
                "Geht nur an Kunden mit der neuesten App-Version – die meisten sehen ihn nie",
            ),
            opportunities=(
                "Send it to every affected customer, by email as well",
                "An alle betroffenen Kunden senden, zusätzlich per E-Mail",
            ),
            emotion=1,
            importance=4,
            volume=1300,
            targets={"csat": 80},
            proactive=True,
            entry=True,
        ),
        TouchpointSpec(
            key="help-centre",
            stage="self-help",
            name=("Help centre article", "Artikel im Hilfecenter"),
            channel="self_service",
            owner="digital",
            goal=(
                "Fix it myself in a few minutes",
                "Das Problem in wenigen Minuten selbst lösen",
            ),
            expectation=(
                "An article on this exact error, found with the first search",
                "Ein Artikel genau zu diesem Fehler, gleich bei der ersten Suche gefunden",
            ),
            pain_points=(
                "The article describes the old app; the reset option has moved",
                "Der Artikel beschreibt die alte App; die Reset-Funktion ist umgezogen",
            ),
            opportunities=(
                "Update the articles together with every release",
                "Artikel zusammen mit jedem Release aktualisieren",
            ),
            emotion=-1,
            importance=4,
            volume=3900,
            targets={"csat": 70, "ces": 5.5},
        ),
        TouchpointSpec(
            key="community",
            stage="self-help",
            name=("Community forum thread", "Thread im Community-Forum"),
            channel="community",
            owner="community",
            goal=(
                "Find out whether others have the same problem",
                "Herausfinden, ob andere dasselbe Problem haben",
            ),
            expectation=(
                "An answer from a power user or a moderator the same day",
                "Eine Antwort von Power-Usern oder der Moderation noch am selben Tag",
            ),
            pain_points=(
                "The official workaround came only on day 2 and is buried on page 4 of the thread",
                "Die offizielle Übergangslösung kam erst an Tag 2 und steht auf Seite 4 des "
                "Threads",
            ),
            opportunities=(
                "Pin the official answer on top and link to it from the app",
                "Die offizielle Antwort oben anpinnen und aus der App verlinken",
            ),
            emotion=0,
            importance=3,
            volume=1700,
            targets={"csat": 70},
        ),
        TouchpointSpec(
            key="chatbot",
            stage="contact",
            name=("Chatbot", "Chatbot"),
            channel="chatbot",
            owner="digital",
            goal=("Get help now, without waiting", "Sofort Hilfe bekommen, ohne Wartezeit"),
            expectation=(
                "Recognises the known issue and solves it, or hands over quickly",
                "Erkennt die bekannte Störung und löst sie – oder übergibt schnell",
            ),
            pain_points=(
                "Runs through generic questions before it escalates",
                "Dreht Schleifen mit allgemeinen Fragen, bevor es übergibt",
            ),
            opportunities=(
                "Hand over after two failed answers, with the whole transcript",
                "Nach zwei erfolglosen Antworten übergeben – mit dem ganzen Verlauf",
            ),
            emotion=-1,
            importance=4,
            volume=3100,
            targets={"csat": 65, "ces": 5.5},
            notes=(
                "Younger customers are happy with a good chatbot; older customers expect a "
                "qualified person on the phone.",
                "Jüngeren Kunden reicht oft ein guter Chatbot, ältere erwarten eher eine "
                "qualifizierte Person am Telefon.",
            ),
        ),
        TouchpointSpec(
            key="live-chat",
            stage="contact",
            name=("Live chat with an agent", "Live-Chat mit einem Mitarbeiter"),
            channel="messaging",
            owner="service",
            goal=(
                "Talk to someone who can actually fix it",
                "Mit jemandem schreiben, der das Problem wirklich lösen kann",
            ),
            expectation=(
                "The agent knows what I told the bot; a reply within 2 minutes",
                "Der Mitarbeiter weiß, was ich dem Bot erzählt habe; Antwort innerhalb von 2 "
                "Minuten",
            ),
            pain_points=(
                "The bot transcript is not passed on; customers start from scratch",
                "Der Bot-Verlauf wird nicht übergeben; Kunden fangen wieder bei null an",
            ),
            opportunities=(
                "Show the agent the bot transcript and the device status",
                "Dem Mitarbeiter Bot-Verlauf und Gerätestatus anzeigen",
            ),
            emotion=0,
            importance=5,
            volume=1600,
            targets={"csat": 80, "ces": 5.5},
            moment_of_truth=True,
        ),
        TouchpointSpec(
            key="hotline",
            stage="contact",
            name=("Support hotline", "Support-Hotline"),
            channel="phone",
            owner="service",
            goal=(
                "Have someone walk me through the fix",
                "Sich Schritt für Schritt durch die Lösung führen lassen",
            ),
            expectation=(
                "A person on the line in under 3 minutes",
                "In unter 3 Minuten einen Menschen am Telefon",
            ),
            pain_points=(
                "14 minutes' average wait during the outage",
                "Während der Störung im Schnitt 14 Minuten Wartezeit",
            ),
            opportunities=(
                "Announce the outage and the workaround in the IVR; offer a callback instead of "
                "waiting",
                "Störung und Übergangslösung in der Ansage nennen; Rückruf statt Warteschleife "
                "anbieten",
            ),
            emotion=-1,
            importance=5,
            volume=2200,
            targets={"csat": 75, "ces": 5.0},
            moment_of_truth=True,
        ),
        TouchpointSpec(
            key="social-post",
            stage="contact",
            name=(
                "Public complaint on social media",
                "Öffentliche Beschwerde in sozialen Medien",
            ),
            channel="social_media",
            owner="social",
            goal=(
                "Be heard: in public, because that seems to be faster",
                "Gehört werden – öffentlich, weil das schneller zu gehen scheint",
            ),
            expectation=(
                "Acknowledged within an hour, even if the fix takes longer",
                "Eine Reaktion innerhalb einer Stunde, auch wenn die Lösung länger dauert",
            ),
            pain_points=(
                "Replies come fast but only ask the customer to 'send us a DM'",
                "Antworten kommen schnell, bitten aber nur um eine Direktnachricht",
            ),
            opportunities=(
                "Answer publicly with the workaround, then continue in private",
                "Öffentlich mit der Übergangslösung antworten, dann privat weitermachen",
            ),
            emotion=-2,
            importance=3,
            volume=240,
            targets={"csat": 60},
        ),
        TouchpointSpec(
            key="remote-fix",
            stage="resolution",
            name=("Remote reset by 2nd-level support", "Fernreset durch den 2nd-Level-Support"),
            channel="email",
            owner="second-level",
            goal=(
                "Get the hub back online for good",
                "Den Hub dauerhaft wieder online bringen",
            ),
            expectation=(
                "Fixed within 24 hours, with a confirmation",
                "Innerhalb von 24 Stunden behoben, mit Bestätigung",
            ),
            pain_points=(
                "The ticket waits in the 2nd-level queue and nobody tells the customer",
                "Das Ticket wartet in der Warteschlange des 2nd Level, ohne dass der Kunde davon "
                "erfährt",
            ),
            opportunities=(
                "Send ticket status updates by text",
                "Den Ticketstatus per SMS mitteilen",
            ),
            emotion=0,
            importance=5,
            volume=980,
            targets={"csat": 80},
            moment_of_truth=True,
        ),
        TouchpointSpec(
            key="replacement",
            stage="resolution",
            name=("Replacement hub by post", "Ersatz-Hub per Post"),
            channel="other",
            channel_other=("Parcel", "Paket"),
            owner="logistics",
            goal=(
                "Get a working device if the hub is broken",
                "Ein funktionierendes Gerät bekommen, wenn der Hub defekt ist",
            ),
            expectation=(
                "Replacement within 3 days, old hub collected",
                "Ersatz innerhalb von 3 Tagen, das Altgerät wird abgeholt",
            ),
            pain_points=(
                "Customers have to pair every thermostat again themselves",
                "Kunden müssen alle Thermostate selbst neu koppeln",
            ),
            opportunities=(
                "Pre-pair the replacement with the customer's devices",
                "Das Ersatzgerät vorab mit den Geräten des Kunden koppeln",
            ),
            emotion=0,
            importance=4,
            volume=190,
            targets={"csat": 75, "ces": 5.0},
        ),
        TouchpointSpec(
            key="survey",
            stage="follow-up",
            name=("Satisfaction survey", "Zufriedenheitsbefragung"),
            channel="email",
            owner="cx",
            goal=("Say how the contact went", "Rückmelden, wie der Kontakt war"),
            expectation=(
                "Three questions, sent the same day",
                "Drei Fragen, noch am selben Tag verschickt",
            ),
            pain_points=(
                "Sent after every contact: customers with four contacts get four surveys",
                "Wird nach jedem Kontakt verschickt – wer viermal Kontakt hatte, bekommt vier "
                "Umfragen",
            ),
            opportunities=(
                "One survey per case, after it is closed",
                "Eine Befragung pro Fall, nach dessen Abschluss",
            ),
            emotion=0,
            importance=2,
            volume=3600,
            targets={"nps": 20, "ces": 5.5},
            proactive=True,
        ),
        TouchpointSpec(
            key="thank-you",
            stage="follow-up",
            name=("Thank-you with what we changed", "Dankeschön mit den Verbesserungen"),
            channel="email",
            owner="cx",
            goal=("Know that feedback is read", "Wissen, dass Feedback gelesen wird"),
            expectation=(
                "A short note on what changed because of customers' feedback",
                "Eine kurze Nachricht, was sich durch das Feedback verändert hat",
            ),
            pain_points=(
                "Template text with no link to the customer's own case",
                "Textbaustein ohne Bezug zum eigenen Fall",
            ),
            opportunities=(
                "Name the fix for the update bug explicitly",
                "Die Behebung des Update-Fehlers konkret benennen",
            ),
            emotion=1,
            importance=2,
            volume=3000,
            targets={"csat": 80},
            proactive=True,
            exit=True,
        ),
        TouchpointSpec(
            key="detractor-callback",
            stage="follow-up",
            name=("Callback for detractors", "Rückruf bei Kritikern"),
            channel="phone",
            owner="cx",
            goal=(
                "Feel that my criticism changes something",
                "Spüren, dass meine Kritik etwas bewirkt",
            ),
            expectation=(
                "A personal call within 48 hours of a low score",
                "Ein persönlicher Anruf innerhalb von 48 Stunden nach einer schlechten Bewertung",
            ),
            pain_points=(
                "Only one detractor in four gets a call: no capacity",
                "Nur jeder vierte Kritiker wird angerufen – es fehlt die Kapazität",
            ),
            opportunities=(
                "Feed the reasons from the calls into release planning",
                "Die Gründe aus den Rückrufen in die Release-Planung einspeisen",
            ),
            emotion=1,
            importance=3,
            volume=310,
            targets={"csat": 80},
            proactive=True,
            moment_of_truth=True,
            exit=True,
            notes=(
                "Detractors deserve special attention: a personal conversation often shows "
                "whether the process or the training was at fault.",
                "Kritiker verdienen besondere Aufmerksamkeit: Im persönlichen Gespräch zeigt "
                "sich oft, ob es am Prozess oder an der Qualifizierung lag.",
            ),
        ),
        TouchpointSpec(
            key="cancel-plan",
            stage="follow-up",
            name=("Cancels the premium plan", "Kündigt das Premium-Abo"),
            channel="app",
            owner="sales",
            goal=(
                "Stop paying for something that does not work",
                "Nicht länger für etwas zahlen, das nicht funktioniert",
            ),
            expectation=(
                "Cancel in the app with two taps",
                "In der App mit zwei Fingertipps kündigen",
            ),
            pain_points=(
                "The cancellation is not linked to the support case, so nobody sees the pattern",
                "Die Kündigung wird nicht mit dem Supportfall verknüpft – niemand erkennt das "
                "Muster",
            ),
            opportunities=(
                "Flag cancellations within 30 days of an open case",
                "Kündigungen innerhalb von 30 Tagen nach einem offenen Fall markieren",
            ),
            emotion=-2,
            importance=3,
            volume=120,
            exit=True,
        ),
    ),
    flows=(
        FlowSpec(
            "app-error",
            "help-centre",
            0.46,
            ("searches the help centre", "sucht im Hilfecenter"),
        ),
        FlowSpec("app-error", "chatbot", 0.31, ("opens the chat", "öffnet den Chat")),
        FlowSpec("app-error", "hotline", 0.17, ("calls straight away", "ruft direkt an")),
        FlowSpec(
            "app-error",
            "social-post",
            0.06,
            ("complains publicly", "beschwert sich öffentlich"),
        ),
        FlowSpec(
            "push-notice",
            "help-centre",
            0.72,
            ("follows the workaround", "folgt der Übergangslösung"),
        ),
        FlowSpec(
            "push-notice",
            "chatbot",
            0.28,
            ("still needs help", "braucht trotzdem Hilfe"),
        ),
        FlowSpec(
            "help-centre",
            "survey",
            0.38,
            ("solved with the article", "mit dem Artikel gelöst"),
        ),
        FlowSpec(
            "help-centre",
            "community",
            0.27,
            ("asks the community", "fragt in der Community"),
        ),
        FlowSpec(
            "help-centre",
            "chatbot",
            0.35,
            ("article does not fit", "Artikel passt nicht"),
        ),
        FlowSpec(
            "community",
            "survey",
            0.55,
            ("tip from the forum works", "Tipp aus dem Forum hilft"),
        ),
        FlowSpec(
            "community",
            "hotline",
            0.3,
            ("no answer yet, calls", "noch keine Antwort, ruft an"),
        ),
        FlowSpec(
            "community",
            "social-post",
            0.15,
            ("goes public", "geht an die Öffentlichkeit"),
        ),
        FlowSpec("chatbot", "survey", 0.36, ("bot solves it", "Bot löst es")),
        FlowSpec(
            "chatbot",
            "live-chat",
            0.49,
            ("escalates to an agent", "übergibt an einen Mitarbeiter"),
        ),
        FlowSpec(
            "chatbot",
            "hotline",
            0.15,
            ("gives up and calls", "bricht ab und ruft an"),
        ),
        FlowSpec("live-chat", "survey", 0.52, ("solved in the chat", "im Chat gelöst")),
        FlowSpec(
            "live-chat",
            "remote-fix",
            0.41,
            ("needs 2nd level", "braucht den 2nd Level"),
        ),
        FlowSpec("live-chat", "replacement", 0.07, ("hub is broken", "Hub ist defekt")),
        FlowSpec("hotline", "survey", 0.46, ("solved on the phone", "am Telefon gelöst")),
        FlowSpec(
            "hotline",
            "remote-fix",
            0.45,
            ("needs 2nd level", "braucht den 2nd Level"),
        ),
        FlowSpec("hotline", "replacement", 0.09, ("hub is broken", "Hub ist defekt")),
        FlowSpec(
            "social-post",
            "live-chat",
            0.82,
            ("moves to private messages", "wechselt in die Direktnachricht"),
        ),
        FlowSpec(
            "social-post",
            "cancel-plan",
            0.18,
            ("cancels in anger", "kündigt verärgert"),
        ),
        FlowSpec("remote-fix", "survey", 0.74, ("hub stays online", "Hub bleibt online")),
        FlowSpec(
            "remote-fix",
            "hotline",
            0.26,
            ("problem comes back, calls again", "Problem kehrt zurück, ruft erneut an"),
        ),
        FlowSpec("replacement", "survey"),
        FlowSpec("survey", "thank-you", 0.86, ("scores 7-10", "Wert 7–10")),
        FlowSpec(
            "survey",
            "detractor-callback",
            0.14,
            ("scores 0-6", "Wert 0–6"),
        ),
    ),
    surveys=(
        SurveySpec(
            "push-notice",
            "csat",
            {"under-35": (1, 2, 6, 39, 44), "35-plus": (1, 1, 4, 17, 16)},
            CONTACT_SURVEY,
        ),
        SurveySpec(
            "help-centre",
            "csat",
            {"under-35": (12, 17, 24, 41, 29), "35-plus": (9, 11, 12, 9, 5)},
            CONTACT_SURVEY,
        ),
        SurveySpec(
            "help-centre",
            "ces",
            {"under-35": (9, 11, 14, 22, 27, 25, 15), "35-plus": (8, 9, 9, 8, 6, 4, 2)},
            CONTACT_SURVEY,
        ),
        SurveySpec("community", "csat", {"": (6, 8, 14, 27, 18)}, CONTACT_SURVEY),
        SurveySpec(
            "chatbot",
            "csat",
            {"under-35": (14, 19, 27, 58, 39), "35-plus": (13, 11, 7, 4, 2)},
            CONTACT_SURVEY,
        ),
        SurveySpec(
            "chatbot",
            "ces",
            {"under-35": (7, 9, 15, 24, 39, 38, 25), "35-plus": (11, 8, 6, 5, 3, 2, 2)},
            CONTACT_SURVEY,
        ),
        SurveySpec(
            "live-chat",
            "csat",
            {"under-35": (6, 9, 16, 52, 48), "35-plus": (3, 4, 7, 14, 9)},
            CONTACT_SURVEY,
        ),
        SurveySpec(
            "live-chat",
            "ces",
            {"under-35": (5, 8, 13, 21, 34, 31, 19), "35-plus": (3, 4, 6, 7, 8, 6, 3)},
            CONTACT_SURVEY,
        ),
        SurveySpec(
            "hotline",
            "csat",
            {"under-35": (7, 9, 11, 15, 6), "35-plus": (14, 19, 24, 41, 26)},
            CONTACT_SURVEY,
        ),
        SurveySpec(
            "hotline",
            "ces",
            {"under-35": (8, 9, 9, 8, 7, 5, 2), "35-plus": (17, 21, 18, 22, 19, 17, 10)},
            CONTACT_SURVEY,
        ),
        SurveySpec("social-post", "csat", {"": (5, 4, 3, 2, 1)}, CONTACT_SURVEY),
        SurveySpec("remote-fix", "csat", {"": (9, 12, 19, 43, 28)}, CONTACT_SURVEY),
        SurveySpec("replacement", "csat", {"": (2, 3, 4, 9, 6)}, CONTACT_SURVEY),
        SurveySpec(
            "survey",
            "nps",
            {
                "under-35": (21, 9, 11, 14, 16, 23, 29, 48, 52, 41, 33),
                "35-plus": (12, 6, 7, 9, 11, 14, 17, 26, 23, 19, 12),
            },
            CONTACT_SURVEY,
        ),
        SurveySpec(
            "survey",
            "ces",
            {
                "under-35": (17, 21, 29, 43, 61, 71, 55),
                "35-plus": (14, 16, 19, 24, 30, 29, 24),
            },
            CONTACT_SURVEY,
        ),
        SurveySpec("detractor-callback", "csat", {"": (1, 2, 4, 11, 9)}, CONTACT_SURVEY),
    ),
)

OMNICHANNEL_SUPPORT = SampleSpec(
    name="omnichannel-support",
    personas=(
        PersonaSpec(
            "mia",
            ("Mia, digital first", "Mia, digital unterwegs"),
            (
                "29, UX researcher, owns the smart-home starter kit (hub, three thermostats, "
                "app, premium plan). Tries to fix things herself first, prefers chat to phone, "
                "expects the company to know what she has already tried, and posts publicly "
                "when she feels ignored.",
                "29 Jahre, UX-Researcherin, nutzt das Smart-Home-Starterset (Hub, drei "
                "Thermostate, App, Premium-Abo). Versucht Probleme zuerst selbst zu lösen, "
                "chattet lieber, als zu telefonieren, erwartet, dass das Unternehmen weiß, was "
                "sie schon probiert hat – und wird öffentlich laut, wenn sie sich ignoriert "
                "fühlt.",
            ),
        ),
    ),
    journeys=(OMNICHANNEL_JOURNEY,),
)

# ---- 5. defect-recall: telling buyers before they find the defect themselves ------------

REPAIR_SURVEY = Source(
    ("Repair programme survey Q3 2026", "Befragung Nachbesserungsaktion Q3 2026"), "2026-09-15"
)
CHECK_IN_SURVEY = Source(("Check-in survey Q4 2026", "Nachbefragung Q4 2026"), "2026-11-20")

DEFECT_RECALL_JOURNEY = JourneySpec(
    key="as-is",
    name=(
        "Proactive defect recall: leaking drip valve",
        "Proaktive Nachbesserung: undichtes Tropfventil",
    ),
    description=(
        "Customer feedback showed that the drip valve of one bean-to-cup coffee machine "
        "series can start leaking after about six months, a defect that a clip-on spare part "
        "fixes. Registered buyers are told proactively and offered the part free of charge; "
        "buyers the company cannot reach find the puddle themselves and call in. The map "
        "compares the two branches: same defect, same fix, very different experience.",
        "Kundenfeedback hat gezeigt, dass das Tropfventil einer Kaffeevollautomaten-Serie "
        "nach etwa sechs Monaten undicht werden kann – ein Mangel, den ein aufsteckbares "
        "Ersatzteil behebt. Registrierte Käufer werden proaktiv informiert und bekommen das "
        "Teil kostenlos angeboten; wen das Unternehmen nicht erreicht, der entdeckt die "
        "Pfütze selbst und ruft an. Die Karte vergleicht beide Zweige: gleicher Mangel, "
        "gleiche Lösung, völlig unterschiedliches Erlebnis.",
    ),
    persona="claudia",
    state="as-is",
    stages=(
        StageSpec(
            "purchase",
            ("Purchase & registration", "Kauf & Registrierung"),
            (
                "Whether the company knows who bought the machine is decided here.",
                "Hier entscheidet sich, ob das Unternehmen weiß, wer die Maschine gekauft hat.",
            ),
        ),
        StageSpec(
            "defect",
            ("Defect becomes known", "Mangel wird bekannt"),
            (
                "Informed by the company, or surprised by a puddle.",
                "Vom Unternehmen informiert – oder von einer Pfütze überrascht.",
            ),
        ),
        StageSpec(
            "repair",
            ("Repair", "Nachbesserung"),
            (
                "Spare part by post or workshop repair.",
                "Ersatzteil per Post oder Reparatur in der Werkstatt.",
            ),
        ),
        StageSpec(
            "use",
            ("Use", "Nutzung"),
            (
                "Back to everyday coffee, and a thank-you.",
                "Zurück zum Kaffee-Alltag – und ein Dankeschön.",
            ),
        ),
        StageSpec(
            "loyalty",
            ("Loyalty", "Loyalität"),
            (
                "What customers say and do afterwards.",
                "Was Kunden danach sagen und tun.",
            ),
        ),
    ),
    touchpoints=(
        TouchpointSpec(
            key="registration",
            stage="purchase",
            name=(
                "Registers the machine for the warranty",
                "Registriert die Maschine für die Garantie",
            ),
            channel="website",
            owner="crm",
            goal=("Secure the extra year of warranty", "Das zusätzliche Garantiejahr sichern"),
            expectation=(
                "Registration in two minutes, no flood of advertising",
                "Registrierung in zwei Minuten, ohne Werbeflut",
            ),
            pain_points=(
                "Only 58 % of buyers register; the rest cannot be reached later",
                "Nur 58 % der Käufer registrieren sich – den Rest erreicht man später nicht",
            ),
            opportunities=(
                "Register by scanning a QR code on the machine",
                "Registrierung per QR-Code direkt an der Maschine",
            ),
            emotion=1,
            importance=2,
            volume=2600,
            targets={"ces": 6.0},
            entry=True,
        ),
        TouchpointSpec(
            key="store-purchase",
            stage="purchase",
            name=("Buys in an electronics store", "Kauft im Elektrofachmarkt"),
            channel="in_person",
            owner="retail",
            goal=("Take the machine home today", "Die Maschine gleich mitnehmen"),
            expectation=(
                "Good advice and a fair price",
                "Gute Beratung und ein fairer Preis",
            ),
            pain_points=(
                "The retailer keeps the buyer's data; the manufacturer does not know who bought",
                "Der Händler behält die Kundendaten; der Hersteller weiß nicht, wer gekauft hat",
            ),
            opportunities=(
                "A registration card with an incentive: a free pack of descaler",
                "Eine Registrierkarte mit Anreiz: eine Gratispackung Entkalker",
            ),
            emotion=1,
            importance=3,
            volume=1900,
            entry=True,
        ),
        TouchpointSpec(
            key="notice-email",
            stage="defect",
            name=(
                "Proactive notice: 'we found a fault before you did'",
                "Proaktive Information: „Wir haben einen Fehler gefunden, bevor Sie ihn bemerken“",
            ),
            channel="email",
            owner="quality",
            goal=(
                "Know whether my machine is affected and what to do",
                "Wissen, ob meine Maschine betroffen ist und was zu tun ist",
            ),
            expectation=(
                "An honest explanation, a serial number check and a free fix",
                "Eine offene Erklärung, eine Prüfung der Seriennummer und eine kostenlose Lösung",
            ),
            pain_points=(
                "Some customers read 'recall' as 'dangerous' and stop using the machine",
                "Manche lesen „Rückruf“ als „gefährlich“ und benutzen die Maschine nicht mehr",
            ),
            opportunities=(
                "Say clearly: safe to use, just put a cloth underneath until the part arrives",
                "Klar sagen: Die Nutzung ist sicher, bis zum Eintreffen des Teils einfach ein "
                "Tuch unterlegen",
            ),
            emotion=1,
            importance=5,
            volume=1500,
            targets={"csat": 85, "nps": 30},
            proactive=True,
            moment_of_truth=True,
            notes=(
                "Acting before customers complain is rated extremely positively, and customers "
                "can be invited to be part of the fix.",
                "Wer handelt, bevor Kunden sich beschweren, wird ausgesprochen positiv "
                "bewertet – und kann Kunden in die Lösung einbinden.",
            ),
        ),
        TouchpointSpec(
            key="public-notice",
            stage="defect",
            name=(
                "Notice on the website and social media",
                "Hinweis auf der Website und in sozialen Medien",
            ),
            channel="social_media",
            owner="comms",
            goal=(
                "Find out whether my unregistered machine is affected",
                "Herausfinden, ob meine nicht registrierte Maschine betroffen ist",
            ),
            expectation=(
                "Easy to find when I search for the problem",
                "Leicht zu finden, wenn ich nach dem Problem suche",
            ),
            pain_points=(
                "Reaches only a fraction of the unregistered buyers",
                "Erreicht nur einen Bruchteil der nicht registrierten Käufer",
            ),
            opportunities=(
                "Ask retail partners to pass the notice on to their buyers",
                "Handelspartner bitten, den Hinweis an ihre Käufer weiterzugeben",
            ),
            emotion=0,
            importance=4,
            volume=420,
            targets={"csat": 75},
            proactive=True,
        ),
        TouchpointSpec(
            key="leak-found",
            stage="defect",
            name=("Finds a puddle under the machine", "Entdeckt eine Pfütze unter der Maschine"),
            channel="other",
            channel_other=("The product itself", "Das Produkt selbst"),
            owner="product",
            goal=("Find out what is wrong", "Herausfinden, was kaputt ist"),
            expectation=(
                "A machine that does not leak after five months",
                "Eine Maschine, die nach fünf Monaten nicht leckt",
            ),
            pain_points=(
                "Water damage on wooden worktops; customers feel let down",
                "Wasserschäden auf Holzarbeitsplatten; Kunden fühlen sich im Stich gelassen",
            ),
            opportunities=(
                "Reach more buyers before this moment",
                "Mehr Käufer vor diesem Moment erreichen",
            ),
            emotion=-2,
            importance=5,
            volume=900,
            moment_of_truth=True,
        ),
        TouchpointSpec(
            key="hotline",
            stage="defect",
            name=("Calls the hotline", "Ruft bei der Hotline an"),
            channel="phone",
            owner="service",
            goal=(
                "Get the machine fixed and be taken seriously",
                "Die Maschine reparieren lassen und ernst genommen werden",
            ),
            expectation=(
                "The agent knows the issue and offers the fix straight away",
                "Der Mitarbeiter kennt das Problem und bietet sofort die Lösung an",
            ),
            pain_points=(
                "'You knew and didn't tell me?' – agents have no good answer to that",
                "„Sie wussten es und haben mir nichts gesagt?“ – darauf haben die "
                "Mitarbeitenden keine gute Antwort",
            ),
            opportunities=(
                "Give agents the background and the authority to offer goodwill",
                "Den Mitarbeitenden Hintergrund und Befugnis für Kulanz geben",
            ),
            emotion=-2,
            importance=5,
            volume=780,
            targets={"csat": 70, "ces": 5.0},
        ),
        TouchpointSpec(
            key="serial-check",
            stage="repair",
            name=("Checks the serial number online", "Prüft die Seriennummer online"),
            channel="self_service",
            owner="digital",
            goal=(
                "Order the part in under five minutes",
                "Das Ersatzteil in unter fünf Minuten bestellen",
            ),
            expectation=(
                "Enter the serial number, confirm the address, done",
                "Seriennummer eingeben, Adresse bestätigen, fertig",
            ),
            pain_points=(
                "The serial number is hidden behind the drip tray",
                "Die Seriennummer steckt hinter der Abtropfschale",
            ),
            opportunities=(
                "Pre-fill the serial number from the registration",
                "Die Seriennummer aus der Registrierung vorausfüllen",
            ),
            emotion=1,
            importance=4,
            volume=1650,
            targets={"ces": 6.0},
        ),
        TouchpointSpec(
            key="repair-kit",
            stage="repair",
            name=("Free replacement valve by post", "Kostenloses Ersatzventil per Post"),
            channel="other",
            channel_other=("Parcel", "Paket"),
            owner="logistics",
            goal=(
                "Fix the machine myself in a few minutes",
                "Die Maschine in wenigen Minuten selbst reparieren",
            ),
            expectation=(
                "A parcel within 3 working days with a clip-on part",
                "Ein Paket innerhalb von 3 Werktagen mit einem Teil zum Aufstecken",
            ),
            pain_points=(
                "The printed guide is tiny; many customers miss the link to the video",
                "Die gedruckte Anleitung ist winzig; viele übersehen den Link zum Video",
            ),
            opportunities=(
                "A large QR code to the video on the parcel itself",
                "Ein großer QR-Code zum Video direkt auf dem Paket",
            ),
            emotion=1,
            importance=4,
            volume=1700,
            targets={"csat": 85},
        ),
        TouchpointSpec(
            key="fitting-video",
            stage="repair",
            name=("Fitting video", "Einbauvideo"),
            channel="self_service",
            owner="product",
            goal=(
                "Fit the part without breaking anything",
                "Das Teil einbauen, ohne etwas kaputt zu machen",
            ),
            expectation=(
                "A two-minute video that shows my exact model",
                "Ein zweiminütiges Video, das genau mein Modell zeigt",
            ),
            pain_points=(
                "The video shows the black model; the silver one has a different side panel",
                "Das Video zeigt das schwarze Modell; das silberne hat eine andere Seitenabdeckung",
            ),
            opportunities=(
                "One video per colour variant, with subtitles",
                "Ein Video pro Farbvariante, mit Untertiteln",
            ),
            emotion=0,
            importance=3,
            volume=1500,
            targets={"ces": 6.0},
        ),
        TouchpointSpec(
            key="workshop-repair",
            stage="repair",
            name=("Pickup and workshop repair", "Abholung und Reparatur in der Werkstatt"),
            channel="other",
            channel_other=("Courier", "Kurier"),
            owner="repair",
            goal=(
                "Have experts fix it if I cannot",
                "Von Fachleuten reparieren lassen, wenn ich es nicht selbst kann",
            ),
            expectation=(
                "Back within 7 days; a loan machine for offices",
                "Innerhalb von 7 Tagen zurück; für Büros ein Leihgerät",
            ),
            pain_points=(
                "The repair centre cannot see the hotline's notes; customers explain everything "
                "again",
                "Das Reparaturzentrum sieht die Notizen der Hotline nicht; Kunden erklären alles "
                "noch einmal",
            ),
            opportunities=(
                "One case record from the call to the workshop",
                "Eine durchgehende Fallakte vom Anruf bis zur Werkstatt",
            ),
            emotion=-1,
            importance=5,
            volume=540,
            targets={"csat": 75},
            moment_of_truth=True,
        ),
        TouchpointSpec(
            key="thank-you-voucher",
            stage="use",
            name=("Thank-you voucher for coffee beans", "Dankeschön-Gutschein für Kaffeebohnen"),
            channel="email",
            owner="marketing",
            goal=(
                "Feel that the inconvenience is acknowledged",
                "Spüren, dass die Unannehmlichkeit anerkannt wird",
            ),
            expectation=(
                "Not expected: a small surprise",
                "Nicht erwartet – eine kleine Überraschung",
            ),
            pain_points=(
                "Customers who found the defect themselves get it only if they ask",
                "Wer den Mangel selbst entdeckt hat, bekommt ihn nur auf Nachfrage",
            ),
            opportunities=(
                "Send it to everyone affected, first to those who had to call",
                "An alle Betroffenen schicken – zuerst an die, die selbst anrufen mussten",
            ),
            emotion=2,
            importance=2,
            volume=1800,
            targets={"csat": 85},
            proactive=True,
        ),
        TouchpointSpec(
            key="check-in",
            stage="use",
            name=(
                "Check-in survey a month later",
                "Nachfrage mit Kurzbefragung nach einem Monat",
            ),
            channel="email",
            owner="quality",
            goal=("Be sure that the fix holds", "Sicher sein, dass die Reparatur hält"),
            expectation=(
                "A short check-in, no sales pitch",
                "Eine kurze Nachfrage, ohne Verkaufsversuch",
            ),
            pain_points=(
                "Also contains an offer for a new machine",
                "Enthält gleichzeitig ein Angebot für eine neue Maschine",
            ),
            opportunities=(
                "Keep it about the repair; call back detractors",
                "Beim Thema Reparatur bleiben; Kritiker zurückrufen",
            ),
            emotion=1,
            importance=2,
            volume=1750,
            targets={"nps": 30},
            proactive=True,
        ),
        TouchpointSpec(
            key="reorder",
            stage="loyalty",
            name=("Orders beans and accessories", "Bestellt Bohnen und Zubehör nach"),
            channel="website",
            owner="ecommerce",
            goal=(
                "Redeem the voucher and stock up",
                "Den Gutschein einlösen und Vorrat anlegen",
            ),
            expectation=(
                "Voucher redeemable without a minimum order",
                "Gutschein ohne Mindestbestellwert einlösbar",
            ),
            pain_points=(
                "The voucher only applies from 30 € upwards",
                "Der Gutschein gilt erst ab 30 € Bestellwert",
            ),
            opportunities=(
                "Drop the minimum order for repair vouchers",
                "Für Dankeschön-Gutscheine den Mindestbestellwert streichen",
            ),
            emotion=1,
            importance=2,
            volume=820,
            targets={"csat": 85},
            exit=True,
        ),
        TouchpointSpec(
            key="review",
            stage="loyalty",
            name=("Writes a product review", "Schreibt eine Produktbewertung"),
            channel="website",
            owner="marketing",
            goal=(
                "Tell other buyers how the problem was handled",
                "Anderen Käufern erzählen, wie mit dem Problem umgegangen wurde",
            ),
            expectation=(
                "A visible reply from the manufacturer",
                "Eine sichtbare Antwort des Herstellers",
            ),
            pain_points=(
                "Customers who found the defect themselves write about the puddle; informed "
                "customers write about the service",
                "Wer den Mangel selbst entdeckt hat, schreibt über die Pfütze; wer informiert "
                "wurde, über den Service",
            ),
            opportunities=(
                "Answer every review that mentions the valve with the fix and an apology",
                "Jede Bewertung zum Ventil mit Lösung und Entschuldigung beantworten",
            ),
            emotion=1,
            importance=3,
            volume=260,
            exit=True,
        ),
        TouchpointSpec(
            key="refund",
            stage="loyalty",
            name=(
                "Takes the machine back to the store",
                "Bringt die Maschine zum Händler zurück",
            ),
            channel="in_person",
            owner="retail",
            goal=("Be done with this machine", "Mit dieser Maschine abschließen"),
            expectation=(
                "Money back without a discussion",
                "Geld zurück ohne Diskussion",
            ),
            pain_points=(
                "The store sends customers back to the manufacturer",
                "Der Markt schickt Kunden zum Hersteller zurück",
            ),
            opportunities=(
                "Agree a clear refund rule with the retail partners",
                "Mit den Handelspartnern eine klare Erstattungsregel vereinbaren",
            ),
            emotion=-2,
            importance=4,
            volume=70,
            targets={"csat": 50},
            exit=True,
        ),
    ),
    flows=(
        FlowSpec("registration", "notice-email"),
        FlowSpec(
            "store-purchase",
            "public-notice",
            0.22,
            ("sees the public notice", "sieht den öffentlichen Hinweis"),
        ),
        FlowSpec(
            "store-purchase",
            "leak-found",
            0.78,
            ("finds the defect first", "bemerkt den Mangel selbst"),
        ),
        FlowSpec(
            "notice-email",
            "serial-check",
            0.91,
            ("orders the part", "bestellt das Teil"),
        ),
        FlowSpec(
            "notice-email",
            "hotline",
            0.09,
            ("calls with questions", "ruft mit Fragen an"),
        ),
        FlowSpec("public-notice", "serial-check"),
        FlowSpec(
            "leak-found",
            "hotline",
            0.83,
            ("calls to complain", "ruft an und reklamiert"),
        ),
        FlowSpec(
            "leak-found",
            "refund",
            0.17,
            ("takes it back to the store", "bringt sie zum Händler zurück"),
        ),
        FlowSpec("hotline", "repair-kit", 0.58, ("part is sent", "Teil wird verschickt")),
        FlowSpec(
            "hotline",
            "workshop-repair",
            0.42,
            ("insists on a workshop repair", "besteht auf Werkstattreparatur"),
        ),
        FlowSpec("serial-check", "repair-kit"),
        FlowSpec("repair-kit", "fitting-video"),
        FlowSpec(
            "fitting-video",
            "thank-you-voucher",
            0.84,
            ("part fitted", "Teil eingebaut"),
        ),
        FlowSpec(
            "fitting-video",
            "hotline",
            0.16,
            ("calls for help", "ruft um Hilfe an"),
        ),
        FlowSpec("workshop-repair", "thank-you-voucher"),
        FlowSpec("thank-you-voucher", "check-in"),
        FlowSpec("check-in", "reorder", 0.79, ("stays loyal", "bleibt treu")),
        FlowSpec(
            "check-in",
            "review",
            0.21,
            ("writes a review", "schreibt eine Bewertung"),
        ),
    ),
    surveys=(
        SurveySpec("registration", "ces", {"": (3, 4, 9, 14, 31, 62, 58)}, REPAIR_SURVEY),
        SurveySpec(
            "notice-email",
            "csat",
            {"proactive": (3, 5, 14, 71, 92)},
            REPAIR_SURVEY,
        ),
        SurveySpec(
            "notice-email",
            "nps",
            {"proactive": (2, 1, 2, 3, 4, 6, 9, 28, 37, 45, 48)},
            REPAIR_SURVEY,
        ),
        SurveySpec("public-notice", "csat", {"proactive": (1, 2, 4, 9, 6)}, REPAIR_SURVEY),
        SurveySpec(
            "hotline",
            "csat",
            {"reactive": (29, 34, 26, 21, 9), "proactive": (1, 2, 4, 9, 8)},
            REPAIR_SURVEY,
        ),
        SurveySpec(
            "hotline",
            "ces",
            {"reactive": (22, 24, 19, 21, 14, 12, 7), "proactive": (1, 2, 3, 5, 6, 4, 3)},
            REPAIR_SURVEY,
        ),
        SurveySpec(
            "serial-check",
            "ces",
            {"proactive": (2, 3, 6, 11, 27, 58, 46)},
            REPAIR_SURVEY,
        ),
        SurveySpec(
            "repair-kit",
            "csat",
            {"proactive": (2, 3, 9, 61, 79), "reactive": (3, 4, 8, 21, 13)},
            REPAIR_SURVEY,
        ),
        SurveySpec(
            "fitting-video",
            "ces",
            {"proactive": (4, 7, 12, 18, 33, 41, 22), "reactive": (2, 3, 5, 7, 9, 8, 4)},
            REPAIR_SURVEY,
        ),
        SurveySpec(
            "workshop-repair",
            "csat",
            {"reactive": (11, 14, 17, 16, 7)},
            REPAIR_SURVEY,
        ),
        SurveySpec(
            "thank-you-voucher",
            "csat",
            {"proactive": (1, 1, 4, 39, 94), "reactive": (2, 3, 6, 18, 23)},
            REPAIR_SURVEY,
        ),
        SurveySpec(
            "check-in",
            "nps",
            {
                "proactive": (3, 2, 3, 4, 5, 8, 11, 39, 52, 61, 58),
                "reactive": (9, 6, 8, 9, 7, 9, 10, 14, 11, 8, 6),
            },
            CHECK_IN_SURVEY,
        ),
        SurveySpec("refund", "csat", {"reactive": (11, 7, 4, 2, 1)}, REPAIR_SURVEY),
    ),
)

DEFECT_RECALL = SampleSpec(
    name="defect-recall",
    personas=(
        PersonaSpec(
            "claudia",
            ("Claudia, coffee every day", "Claudia, Kaffee jeden Tag"),
            (
                "47, works in hospital administration, bought a bean-to-cup coffee machine five "
                "months ago and registered it for the extended warranty. Uses it three times a "
                "day, has no time to chase a manufacturer and expects to hear about a problem "
                "before she finds a puddle on her worktop.",
                "47 Jahre, arbeitet in der Krankenhausverwaltung, hat vor fünf Monaten einen "
                "Kaffeevollautomaten gekauft und für die verlängerte Garantie registriert. "
                "Nutzt ihn dreimal täglich, hat keine Zeit, einem Hersteller hinterherzulaufen, "
                "und erwartet, von einem Problem zu erfahren, bevor sie eine Pfütze auf der "
                "Arbeitsplatte findet.",
            ),
        ),
    ),
    journeys=(DEFECT_RECALL_JOURNEY,),
)

SAMPLES: tuple[SampleSpec, ...] = (
    INSTALLATION,
    ONLINE_ORDER,
    CANCELLATION,
    OMNICHANNEL_SUPPORT,
    DEFECT_RECALL,
)

if __name__ == "__main__":
    main()
