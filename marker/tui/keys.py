"""Every key binding's id, so a ``[keys]`` entry naming none of them can be pointed out."""

from __future__ import annotations

import importlib
import pkgutil

from textual.binding import Binding
from textual.dom import DOMNode

import marker.tui.screens
import marker.tui.widgets


def bindings(app_class: type) -> list[tuple[type, Binding]]:
    """(class, binding) for the app (passed in: the app imports this module) and every
    screen and widget in marker.tui."""
    classes: list[type] = [app_class]
    for package in (marker.tui.screens, marker.tui.widgets):
        for module in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            loaded = importlib.import_module(module.name)
            classes += [v for v in vars(loaded).values()
                        if isinstance(v, type) and issubclass(v, DOMNode) and v.__module__ == loaded.__name__]
    # A binding written as a tuple has no id: it is listed, so a test can say so.
    return [(cls, b if isinstance(b, Binding) else Binding(*b)) for cls in classes for b in cls.__dict__.get("BINDINGS", [])]


def binding_ids(app_class: type) -> set[str]:
    """The id of every binding: what a ``[keys]`` entry may name."""
    return {b.id for _cls, b in bindings(app_class) if b.id}
