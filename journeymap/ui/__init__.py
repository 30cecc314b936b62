"""The PySide6 desktop editor. The only package that imports Qt."""
