"""What Weblate does to a Fluent file, with translate-toolkit's FluentFile.

Follows weblate/formats/ttkit.py (FluentFormat, FluentUnit, TTKitUnit) and
weblate/formats/base.py: a component has the English file as its monolingual
template and one file per language; units are matched by id; a translated
string is set with FluentUnit.set_target (target and source set, then
validated with to_entry(), restored on error); a string the language's file
lacks is a copy of the template unit with its notes removed
(TTKitUnit.clone_template), then set_target, then store.addunit; the file is
written with FluentFile.serialize.
"""

import copy
import io

from translate.storage.fluent import FluentFile


def load(path):
    store = FluentFile()
    with open(path, "rb") as fh:
        store.parse(fh.read())
    return store


def dump(store):
    out = io.BytesIO()
    store.serialize(out)
    return out.getvalue()


def save(store, path):
    data = dump(store)
    with open(path, "wb") as fh:
        fh.write(data)
    return data


def content_units(store):
    """Messages and terms (Weblate skips comment units: isheader())."""
    return [u for u in store.units if not u.isheader()]


def find(store, unit_id):
    for unit in content_units(store):
        if unit.getid() == unit_id:
            return unit
    return None


def set_target(unit, text):
    """weblate.formats.ttkit.FluentUnit.set_target."""
    old_target, old_source = unit.target, unit.source
    unit.target = text
    unit.source = text
    try:
        unit.to_entry()
    except Exception:
        unit.target, unit.source = old_target, old_source
        raise


class Component:
    """One translation file of a Weblate component, with the en template."""

    def __init__(self, template_path, path):
        self.template = load(template_path)
        self.path = path
        self.store = load(path)

    def source_of(self, unit_id):
        """The source string Weblate shows (TTKitUnit.source: template target)."""
        unit = find(self.template, unit_id)
        return None if unit is None else str(unit.target)

    def translate(self, unit_id, text):
        """A translator saves `text` for `unit_id` in Weblate's editor."""
        unit = find(self.store, unit_id)
        if unit is not None:
            set_target(unit, text)
            return "edited"
        template_unit = find(self.template, unit_id)
        if template_unit is None:
            raise KeyError(f"{unit_id} is in neither the file nor the template")
        unit = copy.copy(template_unit)  # TranslationUnit.clone_template
        unit.removenotes()  # TTKitUnit.clone_template (#11133)
        set_target(unit, text)
        self.store.addunit(unit)  # TTKitFormat.add_unit
        return "added"

    def save(self):
        return save(self.store, self.path)
