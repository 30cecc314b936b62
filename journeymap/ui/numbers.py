"""Numbers and dates as the interface's language writes them: 12,5 and 30.11.26 in German,
12.5 and 30/11/2026 in English.

The locale follows the interface's language, not the system's (a German UI on an English
system still uses the decimal comma): ``use_language`` sets Qt's default locale when the
translations are installed, and every number the GUI shows goes through this module.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

#: The locale of each interface language (British English: the texts spell "colour").
LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "de": (QLocale.Language.German, QLocale.Country.Germany),
}


def tr(text: str) -> str:
    """Translate a user-visible text of number formatting."""
    return QCoreApplication.translate("Numbers", text)


def use_language(language: str) -> None:
    """Format numbers and dates as ``language`` (a key of LOCALES; others mean English)."""
    QLocale.setDefault(QLocale(*LOCALES.get(language, LOCALES["en"])))


def fixed(value: float, decimals: int = 1) -> str:
    """A number with a fixed number of decimals: "3,2"."""
    return QLocale().toString(float(value), "f", decimals)


def signed(value: float, decimals: int = 1) -> str:
    """A number with its sign, also when positive: "+1,5", "-0,3"."""
    text = fixed(value, decimals)
    locale = QLocale()
    return text if text.startswith(locale.negativeSign()) else locale.positiveSign() + text


def whole(value: int) -> str:
    """A whole number with the locale's thousands separator: "12.345"."""
    return QLocale().toString(int(value))


def general(value: float) -> str:
    """A number with up to six significant digits and no trailing zeros: "0,25", "70"."""
    return QLocale().toString(float(value), "g", 6)


def percent(fraction: float, decimals: int = 0) -> str:
    """A fraction as a percentage: 0.125 is "13%" in English, "13 %" in German."""
    return tr("{}%").format(fixed(fraction * 100, decimals))


def duration(hours: float) -> str:
    """A span of time as a person reads it: minutes below an hour ("45 min"), hours below
    two days ("3.5 h", "3,5 Std."), days above ("3.2 days")."""
    minutes = round(hours * 60)
    if minutes < 60:
        return tr("{} min").format(whole(minutes))
    if hours < 48:
        return tr("{} h").format(fixed(hours))
    return tr("{} days").format(fixed(hours / 24))


def date_time(when: dt.datetime) -> str:
    """A moment in the locale's short date and time format."""
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
