#!/usr/bin/env python3
"""Figures as readers meet them, in a built handbook (dist/): every figure of
every language carries that language's labels (none left in the source
language), and figure text prints at no less than 7.5 pt in each PDF given.

usage: check.py DIST SOURCE_LANGUAGE PDF...

The labels are read from the site's per-language SVGs (dist/<lang>/images),
the same files the EPUB and the PDF use; in each PDF, the words of those
labels are found and their printed size read with pdfplumber.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

import pdfplumber

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SVG = "{http://www.w3.org/2000/svg}"
MIN_PT = 7.5


def labels(svg_path):
    """(text, xml:lang) of every drawn text element of an SVG."""
    root = ET.parse(svg_path).getroot()
    for element in root.iter():
        if element.tag in (SVG + "text", SVG + "tspan") and (element.text or "").strip():
            yield element.text.strip(), element.get(XML_LANG)


def check_languages(dist, source):
    problems, count = [], 0
    for lang_dir in sorted(p for p in dist.iterdir() if (p / "images").is_dir()):
        lang = lang_dir.name
        for svg in sorted((lang_dir / "images").glob("*.svg")):
            for text, tag in labels(svg):
                if tag is None:
                    continue  # not translatable: numbers, names marked translate="no"
                count += 1
                if lang != source and tag != lang:
                    problems.append(f"{svg}: “{text}” is in {tag}, not {lang}")
    print(f"{'ok' if not problems else 'FAIL'} figure labels: {count} in all languages, {len(problems)} not in their edition's language")
    return problems


def check_sizes(pdf_path, dist):
    lang = pathlib.Path(pdf_path).parent.name
    words = set()
    images = dist / lang / "images"
    for svg in images.glob("*.svg") if images.is_dir() else []:
        for text, tag in labels(svg):
            if tag is not None:
                words.update(w for w in text.split() if any(c.isalpha() for c in w))
    problems, smallest, found = [], None, 0
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            for word in page.extract_words(extra_attrs=["size"]):
                if word["text"] not in words:
                    continue
                found += 1
                size = word["size"]
                smallest = size if smallest is None else min(smallest, size)
                if size < MIN_PT - 0.05:
                    problems.append(f"{pdf_path} p. {number}: “{word['text']}” at {size:.1f} pt")
    if words and not found:
        problems.append(f"{pdf_path}: no figure label found in the text layer")
    low = "-" if smallest is None else f"{smallest:.1f} pt"
    print(f"{'ok' if not problems else 'FAIL'} {pdf_path}: {found} figure words, smallest {low}")
    return problems


def main():
    dist, source, pdfs = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    problems = check_languages(dist, source)
    for pdf in pdfs:
        problems += check_sizes(pdf, dist)
    for problem in problems[:40]:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
