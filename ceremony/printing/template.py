"""Certificate templates as data: JSON files in millimetres, checked against a schema.

Built-in templates live in resources/templates/<name>.json; a template may also be
any file the user chose. Coordinates are measured from the sheet's top-left corner,
as a clerk measures a blank with a ruler.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ceremony.paths import resources_dir
from ceremony.printing.errors import TemplateError

SCHEMA_FILE = "template.schema.json"
PAGE_SIZES_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0), "official": (400.0, 300.0)}


@dataclass(frozen=True)
class Field:
    id: str
    x: float
    y: float
    w: float
    h: float
    font: str
    size: float
    min_size: float
    text: str | None = None
    variable: str | None = None
    template: str = "{value}"
    align: str = "center"
    valign: str = "middle"
    colour: str = "#000000"
    capitals: bool = False
    wrap: bool = False
    max_lines: int = 3
    shrink: bool = True
    preprinted: bool = False
    underline: bool = False
    when: str | None = None

    @property
    def is_static(self) -> bool:
        """Fixed text with no condition: the same on every certificate."""
        return self.text is not None and self.when is None


# Compared by identity: loaded once per file, then used as a cache key by the renderer.
@dataclass(frozen=True, eq=False)
class Template:
    name: str
    title: str
    language: str
    width_mm: float
    height_mm: float
    fields: tuple[Field, ...]
    artwork: tuple[dict[str, Any], ...] = ()
    background: Path | None = None
    background_page: int = 1
    prefixes: dict[str, str] = field(default_factory=dict)
    source: Path | None = None


def templates_dir() -> Path:
    return resources_dir() / "templates"


def builtin_names() -> list[str]:
    return sorted(p.stem for p in templates_dir().glob("*.json") if p.name != SCHEMA_FILE)


def load_template(name_or_path: str | Path) -> Template:
    """A built-in template by name, or a template file by path (each read once)."""
    return _named(str(name_or_path))


@cache
def _named(name_or_path: str) -> Template:
    path = Path(name_or_path)
    if path.suffix.lower() != ".json":
        path = templates_dir() / f"{name_or_path}.json"
    return _load(path.resolve())


@cache
def _load(path: Path) -> Template:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise TemplateError("template.not_found", name=str(path.stem),
                            known=", ".join(builtin_names())) from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TemplateError("template.unreadable", path=str(path), detail=str(error)) from error
    return template_from_data(data, path)


def template_from_data(data: Any, source: Path | None = None) -> Template:
    """Validate *data* against the schema and build the template (the designer saves this)."""
    problem = _schema_problem(data)
    if problem is not None:
        raise TemplateError("template.invalid", path=str(source or "?"), detail=problem)
    width, height = _page_size(data["page"])
    fields = tuple(_field(spec) for spec in data["fields"])
    return Template(
        name=data["name"],
        title=data["title"],
        language=data["language"],
        width_mm=width,
        height_mm=height,
        fields=fields,
        artwork=tuple(data.get("artwork", ())),
        background=_background(data.get("background"), source),
        background_page=int(data.get("background", {}).get("page", 1)),
        prefixes=dict(data.get("prefixes", {})),
        source=source,
    )


def _schema_problem(data: Any) -> str | None:
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if not errors:
        return None
    first = errors[0]
    where = "/".join(str(part) for part in first.absolute_path) or "(top)"
    return f"{where}: {first.message}"


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads((templates_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _page_size(page: dict[str, Any]) -> tuple[float, float]:
    if page["size"] == "custom":
        long, short = float(page["width_mm"]), float(page["height_mm"])
    else:
        long, short = PAGE_SIZES_MM[page["size"]]
    long, short = max(long, short), min(long, short)
    return (long, short) if page["orientation"] == "landscape" else (short, long)


def _field(spec: dict[str, Any]) -> Field:
    size = float(spec["size"])
    return Field(
        id=spec["id"], x=float(spec["x"]), y=float(spec["y"]), w=float(spec["w"]),
        h=float(spec["h"]), font=spec["font"], size=size,
        min_size=min(size, float(spec.get("min_size", size))),
        text=spec.get("text"), variable=spec.get("variable"),
        template=spec.get("template", "{value}"), align=spec.get("align", "center"),
        valign=spec.get("valign", "middle"), colour=spec.get("colour", "#000000"),
        capitals=bool(spec.get("capitals", False)), wrap=bool(spec.get("wrap", False)),
        max_lines=int(spec.get("max_lines", 3)), shrink=bool(spec.get("shrink", True)),
        preprinted=bool(spec.get("preprinted", False)),
        underline=bool(spec.get("underline", False)), when=spec.get("when"),
    )


def _background(spec: dict[str, Any] | None, source: Path | None) -> Path | None:
    if spec is None:
        return None
    folder = source.parent if source is not None else templates_dir()
    path = (folder / str(spec["file"])).resolve()
    # The schema already refuses "..": this also refuses links pointing out of the folder.
    if folder.resolve() not in path.parents or not path.is_file():
        raise TemplateError("template.background_missing", path=str(path))
    return path
