"""Survey-data import: raw responses turned into measurement distributions. No Qt."""
