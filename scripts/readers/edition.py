"""``seeds/edition.yml`` → ``EssaySpec`` per seed file.

Shape is checked by the schema (``editorial.EssaySpec``); here what one key says about
another: a stated or inferred fact names its evidence, a date's value and precision agree, a
source and a slug are listed once. Whether an evidence line exists and says what the editor
claims is checked in ``load``, once the seed is read.
"""

from __future__ import annotations

from dataclasses import replace

from ..editorial import FACTS, EssaySpec, FactSpec
from .schema import YamlData, iso_date
from .seeds import SeedsFolder
from .yamlfile import Located, read_yaml

EDITION_FILE = "edition.yml"


def load_specs(seeds: SeedsFolder) -> dict[str, EssaySpec]:
    """Every essay entry by its seed file name (no file = no editorial data)."""
    found = seeds.yaml.get(EDITION_FILE)
    if found is None:
        return {}
    f = YamlData(found.shown, read_yaml(found.shown, found.raw), ("essays",))
    specs: dict[str, EssaySpec] = {}
    slugs: dict[str, str] = {}
    for spec, entry in f.records("essays", EssaySpec):
        spec = replace(spec, **{name: _fact(f, name, getattr(spec, name), entry) for name in FACTS})
        if spec.source in specs:
            f.fail(entry.line, f"essay '{spec.source}' is listed twice; keep one entry")
        if spec.slug and spec.slug in slugs:
            f.fail(
                entry.line, f"slug '{spec.slug}' is used by '{slugs[spec.slug]}' and '{spec.source}'; slugs must differ"
            )
        specs[spec.source] = spec
        slugs[spec.slug or ""] = spec.source
    return specs


def _fact(f: YamlData, name: str, fact: FactSpec | None, entry: Located) -> FactSpec | None:
    if fact is None:
        return None
    line = entry.line_of(name)
    fact = replace(fact, line=line)
    if fact.value is None:
        return replace(fact, status=None)
    if fact.status is None:
        f.fail(line, f"'{name}' has a value but no status; add status: stated, inferred or supplied")
    if fact.status in ("stated", "inferred") and not fact.evidence:
        f.fail(line, f"'{name}' is {fact.status} but has no evidence; give the seed line(s) it rests on, e.g. [8]")
    if name != "date":
        if fact.precision is not None:
            f.fail(line, f"'precision' is only for dates, not '{name}'")
        return fact
    problem = iso_date(fact.value)
    if problem:
        f.fail(line, f"'date' {problem}")
    return replace(fact, precision=fact.precision or ("year", "month", "day")[fact.value.count("-")])
