"""Certificate templates as data: JSON files in millimetres, checked against a schema.

Built-in templates live in resources/templates/<name>.json; the designer saves the
user's own in the user's data folder (templates/<name>.json), and a template may
also be any file the user chose. Coordinates are measured from the sheet's top-left
corner, as a clerk measures a blank with a ruler.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from ceremony.messages import Phrase
from ceremony.paths import resources_dir, user_data_dir
from ceremony.printing.errors import TemplateError
from ceremony.printing.output import replace_atomically
from ceremony.printing.template_checks import passed_before, remember_pass
from ceremony.printing.template_problems import duplicate_field, schema_problem

SCHEMA_FILE = "template.schema.json"
PAGE_SIZES_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0), "official": (400.0, 300.0)}
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")  # as in the schema
FILE_PATTERN = re.compile(r"^(?!.*\.\.)[A-Za-z0-9_][A-Za-z0-9_./-]*\.(png|jpg|jpeg|pdf)$")


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


@dataclass(frozen=True)
class Scan:
    """A scan of the pre-printed blank, shown under the fields in the designer only.

    Never printed. *path* is None when the file named *name* is not beside the
    template (a template shared without it): printing does not care, the designer
    warns.
    """

    name: str
    path: Path | None
    page: int = 1
    opacity: float = 0.5
    offset_mm: tuple[float, float] = (0.0, 0.0)
    rotation_deg: float = 0.0


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
    scan: Scan | None = None


def templates_dir() -> Path:
    return resources_dir() / "templates"


def builtin_names() -> list[str]:
    return sorted(p.stem for p in templates_dir().glob("*.json") if p.name != SCHEMA_FILE)


def user_templates_dir() -> Path:
    """Where the designer saves the user's own templates."""
    return user_data_dir() / "templates"


def user_template_names() -> list[str]:
    folder = user_templates_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.json") if NAME_PATTERN.match(p.stem))


def is_builtin(name: str) -> bool:
    return name in builtin_names()


def load_template(name_or_path: str | Path) -> Template:
    """A built-in template by name, or a template file by path (each read once)."""
    return _named(str(name_or_path))


@cache
def _named(name_or_path: str) -> Template:
    if looks_like_path(name_or_path):
        return _chosen_file(Path(name_or_path).resolve())
    path = templates_dir() / f"{name_or_path}.json"
    own = user_templates_dir() / f"{name_or_path}.json"
    # A built-in name always means the built-in template: a user's file cannot shadow it.
    if not path.is_file() and NAME_PATTERN.match(name_or_path) and own.is_file():
        path = own
    return _load(path.resolve())


def looks_like_path(name_or_path: str) -> bool:
    """A file the user chose rather than a template's name: it has a folder or ends in .json."""
    separators = {"/", os.sep, os.altsep or os.sep}
    return (any(separator in name_or_path for separator in separators)
            or name_or_path.lower().endswith(".json"))


def _chosen_file(path: Path) -> Template:
    """A file the user named: if it is missing, say so rather than list built-in names."""
    if not path.exists():
        raise TemplateError("template.file_missing", path=str(path))
    return _load(path)


@cache
def _load(path: Path) -> Template:
    """For printing: the schema check is skipped for bytes that passed it in an earlier run."""
    content = _file_bytes(path)
    data = _parsed(content, path)
    if passed_before(content, _schema_bytes()):
        return _built(data, path)
    template = template_from_data(data, path)
    remember_pass(content, _schema_bytes())
    return template


def read_template_file(path: Path) -> Template:
    """Read and validate a template file now, bypassing every cache (for importing)."""
    content = _file_bytes(path)
    template = template_from_data(_parsed(content, path), path)
    remember_pass(content, _schema_bytes())
    return template


def _file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise TemplateError("template.not_found", name=str(path.stem),
                            known=", ".join(builtin_names())) from error
    except OSError as error:
        raise TemplateError("template.unreadable", path=str(path), detail=str(error)) from error


def _parsed(content: bytes, path: Path) -> Any:
    try:
        return json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TemplateError("template.unreadable", path=str(path), detail=str(error)) from error


def template_from_data(data: Any, source: Path | None = None) -> Template:
    """Validate *data* against the schema and build the template (the designer saves this)."""
    problem = _schema_problem(data)
    if problem is not None:
        raise TemplateError("template.invalid", path=str(source or "?"), detail=problem)
    return _built(data, source)


def _built(data: Any, source: Path | None) -> Template:
    """The template *data* describes, which has passed the schema."""
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
        scan=_scan(data.get("scan"), source),
    )


def _schema_problem(data: Any) -> Phrase | None:
    """The first way *data* breaks the schema, or has two fields of one id."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        return schema_problem(errors[0], data)
    return duplicate_field(data)


@cache
def _validator() -> Any:
    # The schema itself is checked against the JSON Schema meta-schema by the test
    # suite (tests/printing/test_template_io.py), not at every run: that took 80 ms.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema())


@cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(_schema_bytes().decode("utf-8"))
    return schema


@cache
def _schema_bytes() -> bytes:
    return (templates_dir() / SCHEMA_FILE).read_bytes()


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


def _scan(spec: dict[str, Any] | None, source: Path | None) -> Scan | None:
    """The designer's underlay; a missing file is noted, never refused (it is not printed)."""
    if spec is None:
        return None
    folder = (source.parent if source is not None else templates_dir()).resolve()
    path = (folder / str(spec["file"])).resolve()
    # Like the background, a link pointing out of the folder counts as no file.
    found = path if folder in path.parents and path.is_file() else None
    dx, dy = spec.get("offset_mm", (0.0, 0.0))
    return Scan(name=str(spec["file"]), path=found, page=int(spec.get("page", 1)),
                opacity=float(spec.get("opacity", 0.5)), offset_mm=(float(dx), float(dy)),
                rotation_deg=float(spec.get("rotation_deg", 0.0)))


# -- writing templates back (the designer's save, import and export) -----------------

def variable_names() -> tuple[str, ...]:
    """Every variable a field may show, in the schema's order."""
    return tuple(_schema()["$defs"]["field"]["properties"]["variable"]["enum"])


def font_names() -> tuple[str, ...]:
    return tuple(_schema()["$defs"]["field"]["properties"]["font"]["enum"])


def template_problem(data: Any) -> Phrase | None:
    """The first way *data* breaks the schema, in the user's language once formatted
    ("{problem:vi}"; str() gives English), or None if it is valid."""
    return _schema_problem(data)


def template_to_data(template: Template, background_file: str | None = None,
                     scan_file: str | None = None) -> dict[str, Any]:
    """The template as the JSON object its file holds; defaults are left out.

    *background_file* and *scan_file* name the background and the scan beside
    the written file (their own names when not given).
    """
    data: dict[str, Any] = {"version": 1, "name": template.name,
                            "language": template.language, "title": template.title,
                            "page": _page_data(template.width_mm, template.height_mm)}
    if template.background is not None:
        background: dict[str, Any] = {"file": background_file or template.background.name}
        if template.background_page != 1:
            background["page"] = template.background_page
        data["background"] = background
    if template.scan is not None:
        data["scan"] = scan_to_data(template.scan, scan_file)
    if template.prefixes:
        data["prefixes"] = dict(template.prefixes)
    if template.artwork:
        data["artwork"] = [dict(shape) for shape in template.artwork]
    data["fields"] = [field_to_data(spec) for spec in template.fields]
    return data


def scan_to_data(scan: Scan, file: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"file": file or scan.name}
    if scan.page != 1:
        data["page"] = scan.page
    data["opacity"] = _number(scan.opacity)
    if scan.offset_mm != (0.0, 0.0):
        data["offset_mm"] = [_number(value) for value in scan.offset_mm]
    if scan.rotation_deg != 0.0:
        data["rotation_deg"] = _number(scan.rotation_deg)
    return data


def field_to_data(spec: Field) -> dict[str, Any]:
    data: dict[str, Any] = {"id": spec.id}
    for key in ("x", "y", "w", "h"):
        data[key] = _number(getattr(spec, key))
    data["font"] = spec.font
    data["size"] = _number(spec.size)
    if spec.min_size != spec.size:
        data["min_size"] = _number(spec.min_size)
    if spec.text is not None:
        data["text"] = spec.text
    else:
        data["variable"] = spec.variable
    written = {"id", "x", "y", "w", "h", "font", "size", "min_size", "text", "variable"}
    for item in fields(Field):
        value = getattr(spec, item.name)
        if item.name not in written and value != item.default:
            data[item.name] = value
    return data


def template_json(template: Template, background_file: str | None = None,
                  scan_file: str | None = None) -> str:
    return json.dumps(template_to_data(template, background_file, scan_file),
                      ensure_ascii=False, indent=2) + "\n"


def save_user_template(template: Template, *, replace: bool = False) -> Path:
    """Save *template* into the user's templates folder under its name.

    A built-in template's name is refused (it would be shadowed by the built-in
    one anyway), and so is an existing template's unless *replace* is set.
    """
    if is_builtin(template.name):
        raise TemplateError("template.builtin_name", name=template.name)
    if not NAME_PATTERN.match(template.name):
        raise TemplateError("template.bad_name", name=template.name)
    target = user_templates_dir() / f"{template.name}.json"
    if target.exists() and not replace:
        raise TemplateError("template.exists", name=template.name)
    return write_template(template, target)


def write_template(template: Template, target: Path) -> Path:
    """Validate, then write *template* to *target* with its background and scan beside it."""
    target = target.resolve()
    if target.parent == templates_dir().resolve():
        raise TemplateError("template.builtin_folder", path=str(target))
    background_file = None
    if template.background is not None:
        background_file = _background_beside(template.background, target)
    scan_path = template.scan.path if template.scan is not None else None
    # A scan whose file is missing keeps its name: put the file beside it to see it again.
    scan_file = _beside(scan_path, target, "scan") if scan_path is not None else None
    data = template_to_data(template, background_file, scan_file)
    problem = _schema_problem(data)
    if problem is not None:
        raise TemplateError("template.invalid", path=str(target), detail=problem)
    if template.background is not None and background_file is not None:
        _copy_beside(template.background, target.parent / background_file)
    if scan_path is not None and scan_file is not None:
        _copy_beside(scan_path, target.parent / scan_file)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    replace_atomically(target, text.encode("utf-8"))
    # The file may have been loaded before under this path: read it afresh next time.
    _load.cache_clear()
    _named.cache_clear()
    return target


def _background_beside(background: Path, target: Path) -> str:
    """The background's file name next to *target*: kept if already there, else its own."""
    if background.resolve().parent == target.parent:
        return background.name
    return f"{target.stem}-background{background.suffix.lower()}"


def _beside(source: Path, target: Path, role: str) -> str:
    """A file's name next to *target*: kept if already there and valid, else <stem>-<role>."""
    if source.resolve().parent == target.parent and FILE_PATTERN.match(source.name):
        return source.name
    return f"{target.stem}-{role}{source.suffix.lower()}"


def _copy_beside(source: Path, copy: Path) -> None:
    if source.resolve() != copy.resolve():
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, copy)


def _page_data(width: float, height: float) -> dict[str, Any]:
    orientation = "landscape" if width >= height else "portrait"
    long, short = max(width, height), min(width, height)
    for name, (size_long, size_short) in PAGE_SIZES_MM.items():
        if abs(long - size_long) < 1e-6 and abs(short - size_short) < 1e-6:
            return {"size": name, "orientation": orientation}
    return {"size": "custom", "orientation": orientation,
            "width_mm": _number(width), "height_mm": _number(height)}


def _number(value: float) -> float | int:
    """Whole millimetres and points as integers, the rest to 1/1000 (no float noise)."""
    rounded = round(float(value), 3)
    return int(rounded) if rounded.is_integer() else rounded
