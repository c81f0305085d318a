"""What Pontoon's sync writes for a Fluent file, with moz.l10n.

Follows pontoon/sync/core/translations_to_repo.py (update_changed_resources,
set_translations, Fluent branch): the localized file is rebuilt from the
reference (en) resource; each entry gets the locale's value where the locale
has a translation, untranslated entries are removed, sections left without
an entry are dropped, and the result is written by serialize_resource.

Pontoon's database holds one translation per entity, imported from the
repository's localized file; here those are the entries of that file as it
is on disk (Pontoon joins their serialized strings and parses them again,
which yields the same entries).
"""

from moz.l10n.formats import Format
from moz.l10n.model import Entry
from moz.l10n.resource import parse_resource, serialize_resource


def set_translations(res, translated_source):
    trans_res = parse_resource(Format.fluent, translated_source)
    trans_entries = {
        entry.id: entry
        for section in trans_res.sections
        for entry in section.entries
        if isinstance(entry, Entry)
    }
    for section in res.sections:
        rm = []
        for entry in section.entries:
            if isinstance(entry, Entry):
                te = trans_entries.get(entry.id, None)
                if te is None:
                    rm.append(entry)
                else:
                    entry.value = te.value
                    entry.properties = (
                        te.properties
                        if entry.id[0].startswith("-")
                        else {
                            name: tp
                            for name, tp in te.properties.items()
                            if name in entry.properties
                        }
                    )
        if rm:
            section.entries = [e for e in section.entries if e not in rm]
    res.sections = [
        section
        for section in res.sections
        if any(isinstance(entry, Entry) for entry in section.entries)
    ]


def rebuild(ref_path, target_path):
    """Write target_path as Pontoon's sync would; return the text written."""
    with open(target_path, encoding="utf-8") as fh:
        translated = fh.read()
    res = parse_resource(ref_path)
    set_translations(res, translated)
    text = "".join(serialize_resource(res))
    with open(target_path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return text
