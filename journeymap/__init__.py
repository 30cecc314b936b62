"""journeymap: offline customer-journey mapping for CX teams."""

__version__ = "0.1.0"
